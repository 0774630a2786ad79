/*
 * Ferrovia's careers portal: an Angular 22 standalone component with ng-bootstrap 21, compiled in
 * the browser (JIT: the component is declared by calling the decorator function). Template-driven
 * form; the model is rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/localize/init';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { NgbTypeaheadModule } from '@ng-bootstrap/ng-bootstrap/typeahead';
import { NgbDatepickerModule } from '@ng-bootstrap/ng-bootstrap/datepicker';
import { NgbAccordionModule } from '@ng-bootstrap/ng-bootstrap/accordion';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import countries from 'world-countries';
import '../../../../node_modules/bootstrap5/dist/css/bootstrap.min.css';
import { POSTING } from './posting.js';

const COUNTRIES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const PLACES = ['Atlanta, GA', 'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'New York, NY', 'Philadelphia, PA', 'Pittsburgh, PA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA', 'Toronto, ON'];
const typeahead = (list) => (text$) => text$.pipe(debounceTime(150), distinctUntilChanged(), map((term) => (term.length < 2 ? [] : list.filter((v) => v.toLowerCase().includes(term.toLowerCase())).slice(0, 10))));

class Apply {
  constructor() {
    this.posting = POSTING;
    this.searchCountry = typeahead(COUNTRIES);
    this.searchPlace = typeahead(PLACES);
    this.months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    this.years = Array.from({ length: 45 }, (_, i) => 2026 - i);
    this.ranges = ['Less than 1 year', '1–3 years', '4–6 years', '7–9 years', '10 or more years'];
    this.model = {
      firstName: '', lastName: '', email: '', phoneCode: '+1', phone: '', location: '', country: '', years: '', authorized: null, sponsorship: null,
      relocate: false, salary: null, noticeWeeks: null, startDate: null, degree: '', gradMonth: '', gradYear: '', linkedin: '',
      [POSTING.checksKey]: {}, resume: null, coverLetter: '', [POSTING.essayKey]: '', gender: '', veteran: '', consent: false,
    };
    this.nav = { q: '' };
    this.alert = { email: '', keyword: '' };
    this.sent = false;
  }
  get shown() {
    const d = this.model.startDate;
    const start = d && d.year ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : d;
    return { ...this.model, startDate: start, nav: this.nav, alert: this.alert };
  }
  pickResume(event) { this.model.resume = event.target.files[0]?.name ?? null; }
  submit(form) { if (form.invalid || !this.model.resume || !this.model.consent) { form.control.markAllAsTouched(); return; } this.sent = true; }
}

Component({
  selector: 'app-apply',
  imports: [JsonPipe, FormsModule, NgbTypeaheadModule, NgbDatepickerModule, NgbAccordionModule],
  template: `
  <nav class="navbar navbar-expand bg-dark" data-bs-theme="dark"><div class="container-fluid">
    <a class="navbar-brand fw-bold" href="#">FERROVIA</a>
    <ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link" href="#">Solutions</a></li><li class="nav-item"><a class="nav-link active" href="#">Careers</a></li></ul>
    <form class="d-flex" role="search" (submit)="$event.preventDefault()"><input class="form-control form-control-sm me-2" type="search" name="q" id="fr-nav-search" placeholder="Search jobs" aria-label="Search jobs" [(ngModel)]="nav.q"><button class="btn btn-sm btn-outline-light" type="submit">Search</button></form>
  </div></nav>
  <div class="fr-card">
    <small class="text-secondary">{{ posting.team }} · {{ posting.place }}</small>
    <h1 class="h3 mt-1">{{ posting.title }}</h1>
    <p>{{ posting.blurb }}</p>
    @if (sent) { <div class="alert alert-success" id="fr-done">Thank you! Your application was submitted.</div> } @else {
    <form #form="ngForm" (ngSubmit)="submit(form)" novalidate id="fr-form">
      <div class="row g-3">
        <div class="col-md-6"><label for="fr-first" class="form-label">First name <span class="text-danger">*</span></label><input type="text" class="form-control" id="fr-first" name="firstName" [(ngModel)]="model.firstName" required></div>
        <div class="col-md-6"><label for="fr-last" class="form-label">Last name <span class="text-danger">*</span></label><input type="text" class="form-control" id="fr-last" name="lastName" [(ngModel)]="model.lastName" required></div>
        <div class="col-12"><label for="fr-email" class="form-label">Email <span class="text-danger">*</span></label><input type="email" class="form-control" id="fr-email" name="email" [(ngModel)]="model.email" required email></div>
        <div class="col-12"><label for="fr-phone" class="form-label">Mobile number</label>
          <div class="input-group"><select class="form-select flex-grow-0 w-auto" id="fr-phone-code" name="phoneCode" aria-label="Country code" [(ngModel)]="model.phoneCode"><option value="+1">US +1</option><option value="+1CA">CA +1</option><option value="+44">UK +44</option><option value="+49">DE +49</option><option value="+39">IT +39</option><option value="+91">IN +91</option></select>
          <input type="tel" class="form-control" id="fr-phone" name="phone" [(ngModel)]="model.phone" placeholder="555-555-5555"></div></div>
        <div class="col-md-6"><label for="fr-location" class="form-label">Current location</label><input type="text" class="form-control" id="fr-location" name="location" [(ngModel)]="model.location" [ngbTypeahead]="searchPlace" placeholder="City, State"><div class="form-text">Start typing and pick a suggestion, or type your own.</div></div>
        <div class="col-md-6"><label for="fr-country" class="form-label">Country <span class="text-danger">*</span></label><input type="text" class="form-control" id="fr-country" name="country" [(ngModel)]="model.country" [ngbTypeahead]="searchCountry" [editable]="false" required></div>
        <div class="col-md-6"><label for="fr-years" class="form-label">{{ posting.yearsLabel }} <span class="text-danger">*</span></label><select class="form-select" id="fr-years" name="years" [(ngModel)]="model.years" required><option value="">Select…</option>@for (r of ranges; track r) { <option [value]="r">{{ r }}</option> }</select></div>
        <div class="col-md-6"><label for="fr-salary" class="form-label">Salary expectation</label><div class="input-group"><span class="input-group-text">$</span><input type="number" class="form-control" id="fr-salary" name="salary" [(ngModel)]="model.salary" step="1000" min="0"><span class="input-group-text">/ year</span></div></div>
        <div class="col-12"><div class="form-label" id="fr-auth-label">{{ posting.authQuestion }} <span class="text-danger">*</span></div>
          <div class="btn-group" role="group" aria-labelledby="fr-auth-label">
            <input type="radio" class="btn-check" name="authorized" id="fr-auth-yes" value="yes" [(ngModel)]="model.authorized" autocomplete="off"><label class="btn btn-outline-primary" for="fr-auth-yes">Yes</label>
            <input type="radio" class="btn-check" name="authorized" id="fr-auth-no" value="no" [(ngModel)]="model.authorized" autocomplete="off"><label class="btn btn-outline-primary" for="fr-auth-no">No</label></div></div>
        <div class="col-12"><div class="form-label" id="fr-spons-label">Will you now or in the future require sponsorship for employment visa status? <span class="text-danger">*</span></div>
          <div class="btn-group" role="group" aria-labelledby="fr-spons-label">
            <input type="radio" class="btn-check" name="sponsorship" id="fr-spons-yes" value="yes" [(ngModel)]="model.sponsorship" autocomplete="off"><label class="btn btn-outline-primary" for="fr-spons-yes">Yes</label>
            <input type="radio" class="btn-check" name="sponsorship" id="fr-spons-no" value="no" [(ngModel)]="model.sponsorship" autocomplete="off"><label class="btn btn-outline-primary" for="fr-spons-no">No</label></div></div>
        <div class="col-md-6"><label for="fr-start" class="form-label">Earliest start date</label>
          <div class="input-group"><input class="form-control" placeholder="yyyy-mm-dd" id="fr-start" name="startDate" [(ngModel)]="model.startDate" ngbDatepicker #dp="ngbDatepicker"><button class="btn btn-outline-secondary bi bi-calendar3" type="button" id="fr-start-toggle" (click)="dp.toggle()" aria-label="Open calendar">📅</button></div></div>
        <div class="col-md-6"><label for="fr-notice" class="form-label">Notice period (weeks)</label><input type="number" class="form-control" id="fr-notice" name="noticeWeeks" [(ngModel)]="model.noticeWeeks" min="0" max="26"></div>
        <div class="col-md-6"><label for="fr-degree" class="form-label">Highest degree</label><select class="form-select" id="fr-degree" name="degree" [(ngModel)]="model.degree"><option value="">Select…</option><option>High school diploma</option><option>Associate's</option><option>Bachelor's</option><option>Master's</option><option>PhD</option></select></div>
        <div class="col-md-6"><span class="form-label d-block" id="fr-grad-label">Graduation (month / year)</span><div class="input-group">
          <select class="form-select" id="fr-grad-month" name="gradMonth" aria-labelledby="fr-grad-label" [(ngModel)]="model.gradMonth"><option value="">Month</option>@for (m of months; track m) { <option [value]="m">{{ m }}</option> }</select>
          <select class="form-select" id="fr-grad-year" name="gradYear" aria-labelledby="fr-grad-label" [(ngModel)]="model.gradYear"><option value="">Year</option>@for (y of years; track y) { <option [value]="y">{{ y }}</option> }</select></div></div>
        <div class="col-12"><label for="fr-linkedin" class="form-label">LinkedIn</label><input type="url" class="form-control" id="fr-linkedin" name="linkedin" [(ngModel)]="model.linkedin" placeholder="https://www.linkedin.com/in/"></div>
        <div class="col-12"><div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="fr-relocate" name="relocate" [(ngModel)]="model.relocate"><label class="form-check-label" for="fr-relocate">{{ posting.relocateLabel }}</label></div></div>
        <div class="col-12"><div class="form-label">{{ posting.checksQuestion }}</div>
          @for (c of posting.checks; track c; let i = $index) { <div class="form-check form-check-inline"><input class="form-check-input" type="checkbox" [id]="'fr-check-' + i" [name]="posting.checksKey + i" [(ngModel)]="model[posting.checksKey][c]"><label class="form-check-label" [for]="'fr-check-' + i">{{ c }}</label></div> }</div>
        <div class="col-12"><label for="fr-resume" class="form-label">Resume / CV <span class="text-danger">*</span></label><input class="form-control" type="file" id="fr-resume" accept=".pdf,.doc,.docx" (change)="pickResume($event)"></div>
        <div class="col-12"><label for="fr-cover" class="form-label">Cover letter</label><textarea class="form-control" id="fr-cover" name="coverLetter" rows="5" [(ngModel)]="model.coverLetter"></textarea></div>
        <div class="col-12"><label [for]="'fr-' + posting.essayKey" class="form-label">{{ posting.essayLabel }}</label><textarea class="form-control" [id]="'fr-' + posting.essayKey" [name]="posting.essayKey" rows="3" [(ngModel)]="model[posting.essayKey]"></textarea></div>
        <div class="col-12"><div ngbAccordion><div ngbAccordionItem [collapsed]="false"><h2 ngbAccordionHeader><button ngbAccordionButton>Voluntary self-identification</button></h2><div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          <label for="fr-gender" class="form-label">Gender</label><select class="form-select mb-2" id="fr-gender" name="gender" [(ngModel)]="model.gender"><option value="">Select…</option><option>Female</option><option>Male</option><option>Decline to self-identify</option></select>
          <label for="fr-veteran" class="form-label">Veteran status</label><select class="form-select" id="fr-veteran" name="veteran" [(ngModel)]="model.veteran"><option value="">Select…</option><option>I am a protected veteran</option><option>I am not a protected veteran</option><option>I don't wish to answer</option></select>
        </ng-template></div></div></div></div></div>
        <div class="col-12"><div class="form-check"><input class="form-check-input" type="checkbox" id="fr-consent" name="consent" [(ngModel)]="model.consent"><label class="form-check-label" for="fr-consent">I certify that the information I provided is accurate and agree to Ferrovia's applicant privacy policy.</label></div></div>
        <div class="col-12"><button type="submit" class="btn btn-primary" id="fr-submit">Submit application</button></div>
      </div>
    </form> }
  </div>
  <footer class="bg-dark text-light py-4"><div class="container" style="max-width:760px"><h2 class="h6">Job alerts</h2>
    <form class="row g-2" (submit)="$event.preventDefault()"><div class="col"><input type="text" class="form-control form-control-sm" id="fr-alert-keyword" name="alertKeyword" placeholder="Keyword" aria-label="Alert keyword" [(ngModel)]="alert.keyword"></div><div class="col"><input type="email" class="form-control form-control-sm" id="fr-alert-email" name="alertEmail" placeholder="Email address" aria-label="Alert email" [(ngModel)]="alert.email"></div><div class="col-auto"><button class="btn btn-sm btn-light">Create alert</button></div></form></div></footer>
  <pre id="model">{{ shown | json }}</pre>`,
})(Apply);

enableProdMode();
bootstrapApplication(Apply, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));

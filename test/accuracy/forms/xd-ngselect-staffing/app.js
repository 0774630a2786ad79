/*
 * The apply form of a staffing agency's job portal: Angular 22 (templates compiled in the page,
 * zoneless) with a reactive FormGroup and @ng-select/ng-select 24 for every dropdown. Inputs carry
 * only `formControlName` and a generated id their <label for> names; each ng-select's search input
 * gets the label's id through `labelForId`. Dropdowns: a typeahead location that searches as you
 * type, world-countries for residence and citizenship, US work-authorization statuses, yes/no
 * sponsorship, year ranges, rate type, multiple employment types, tag-style skills, and the
 * recruiter's name. The resume input is hidden behind a label styled as a button. The form's value
 * is rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection, signal } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { NgSelectModule } from '@ng-select/ng-select';
import { Subject, debounceTime, map } from 'rxjs';
import countries from 'world-countries';
import '../../../../node_modules/@ng-select/ng-select/themes/default.theme.css';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const PLACES = [
  { id: 'sfo', name: 'San Francisco, CA', region: 'California, United States' }, { id: 'sjc', name: 'San Jose, CA', region: 'California, United States' },
  { id: 'san', name: 'San Diego, CA', region: 'California, United States' }, { id: 'sat', name: 'San Antonio, TX', region: 'Texas, United States' },
  { id: 'ssf', name: 'South San Francisco, CA', region: 'California, United States' }, { id: 'sea', name: 'Seattle, WA', region: 'Washington, United States' },
  { id: 'chi', name: 'Chicago, IL', region: 'Illinois, United States' }, { id: 'nyc', name: 'New York, NY', region: 'New York, United States' },
  { id: 'aus', name: 'Austin, TX', region: 'Texas, United States' }, { id: 'den', name: 'Denver, CO', region: 'Colorado, United States' },
];
let nextId = 0;
const uid = (name) => `ngs-${name}-${++nextId}`;

class ApplyComponent {
  constructor() {
    this.ids = Object.fromEntries(['first', 'last', 'email', 'phone', 'location', 'residence', 'citizenship', 'linkedin', 'employer', 'title', 'years', 'skills', 'authStatus', 'sponsorship', 'types', 'rate', 'rateType', 'start', 'cover', 'recruiter'].map((key) => [key, uid(key)]));
    this.countries = COUNTRIES;
    this.places = signal([]);
    this.placeSearch = new Subject();
    this.placeSearch.pipe(debounceTime(250), map((term) => (term && term.length >= 2 ? PLACES.filter((place) => place.name.toLowerCase().includes(term.toLowerCase())) : []))).subscribe((found) => this.places.set(found));
    this.authStatuses = ['US Citizen', 'Green Card Holder', 'H-1B', 'EAD (OPT / CPT / GC-EAD)', 'TN Visa', 'Other'];
    this.yesNo = ['Yes', 'No'];
    this.yearRanges = ['0-2 years', '3-5 years', '6-8 years', '9-12 years', '13+ years'];
    this.employmentTypes = ['W2 contract', 'Corp-to-corp (C2C)', '1099', 'Contract-to-hire', 'Full-time (permanent)'];
    this.rateTypes = ['Hourly', 'Daily', 'Annual'];
    this.recruiters = ['Dana Whitfield', 'Marcus Oyelaran', 'Priya Raman', 'Tom Kessler', "I haven't spoken with a recruiter"];
    this.form = new FormGroup({
      firstName: new FormControl(''), lastName: new FormControl(''), email: new FormControl(''), phone: new FormControl(''),
      location: new FormControl(null), residence: new FormControl(null), citizenship: new FormControl(null), linkedin: new FormControl(''),
      employer: new FormControl(''), title: new FormControl(''), years: new FormControl(null), skills: new FormControl([]),
      authStatus: new FormControl(null), sponsorship: new FormControl(null), employmentTypes: new FormControl([]),
      rate: new FormControl(''), rateType: new FormControl(null), startDate: new FormControl(''), coverLetter: new FormControl(''),
      recruiter: new FormControl(null), smsOptIn: new FormControl(false), terms: new FormControl(false),
    });
    this.resume = null;
    this.sent = false;
    this.tried = false;
  }
  get shown() { return { ...this.form.value, resume: this.resume }; }
  pickResume(event) { this.resume = event.target.files[0]?.name ?? null; }
  submit() {
    this.tried = true;
    const value = this.form.value;
    if (!value.firstName || !value.lastName || !value.email || !this.resume || !value.terms || !value.sponsorship) return;
    this.sent = true;
  }
}

Component({
  selector: 'app-apply',
  imports: [JsonPipe, ReactiveFormsModule, NgSelectModule],
  template: `
  @if (sent) { <div id="apply-success"><h2>Application received</h2><p>A Northgate recruiter will call you within one business day.</p></div> } @else {
  <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
    <h1>Data Engineer (Contract-to-Hire)</h1>
    <p class="job">Job #NG-88214 · San Francisco Bay Area, CA (hybrid) · 6-month contract-to-hire · Our client: a national insurance carrier</p>
    <h3>Contact details</h3>
    <div class="grid">
      <div class="fg"><label [for]="ids.first">First name *</label><input type="text" [id]="ids.first" formControlName="firstName"></div>
      <div class="fg"><label [for]="ids.last">Last name *</label><input type="text" [id]="ids.last" formControlName="lastName"></div>
      <div class="fg"><label [for]="ids.email">Email *</label><input type="email" [id]="ids.email" formControlName="email"></div>
      <div class="fg"><label [for]="ids.phone">Mobile phone</label><input type="tel" [id]="ids.phone" formControlName="phone" placeholder="(555) 123-4567" maxlength="14"></div>
      <div class="fg full"><label [for]="ids.location">Where are you based?</label>
        <ng-select class="f-location" [labelForId]="ids.location" formControlName="location" [items]="places()" bindLabel="name" bindValue="name" [typeahead]="placeSearch" [minTermLength]="2" typeToSearchText="Type at least 2 letters of your city" notFoundText="No matching city" placeholder="Start typing your city">
          <ng-template ng-option-tmp let-item="item"><span class="place-name">{{ item.name }}</span><br><small class="place-region">{{ item.region }}</small></ng-template>
        </ng-select></div>
      <div class="fg"><label [for]="ids.residence">Country of residence</label>
        <ng-select class="f-residence" [labelForId]="ids.residence" formControlName="residence" [items]="countries" bindLabel="name" bindValue="code" placeholder="Select country"></ng-select></div>
      <div class="fg"><label [for]="ids.citizenship">Country of citizenship</label>
        <ng-select class="f-citizenship" [labelForId]="ids.citizenship" formControlName="citizenship" [items]="countries" bindLabel="name" bindValue="code" placeholder="Select country"></ng-select></div>
      <div class="fg full"><label [for]="ids.linkedin">LinkedIn URL</label><input type="url" [id]="ids.linkedin" formControlName="linkedin"></div>
    </div>
    <h3>Experience</h3>
    <div class="grid">
      <div class="fg"><label [for]="ids.employer">Current or most recent employer</label><input type="text" [id]="ids.employer" formControlName="employer"></div>
      <div class="fg"><label [for]="ids.title">Current or most recent title</label><input type="text" [id]="ids.title" formControlName="title"></div>
      <div class="fg"><label [for]="ids.years">Years of professional experience</label>
        <ng-select class="f-years" [labelForId]="ids.years" formControlName="years" [items]="yearRanges" [searchable]="false" placeholder="Select"></ng-select></div>
      <div class="fg"><label [for]="ids.skills">Top skills</label>
        <ng-select class="f-skills" [labelForId]="ids.skills" formControlName="skills" [items]="[]" [multiple]="true" [addTag]="true" addTagText="Add skill" [isOpen]="false" placeholder="Type a skill and press Enter"></ng-select>
        <div class="help">Add up to 8 skills.</div></div>
    </div>
    <h3>Eligibility and preferences</h3>
    <div class="grid">
      <div class="fg"><label [for]="ids.authStatus">Work authorization status</label>
        <ng-select class="f-auth" [labelForId]="ids.authStatus" formControlName="authStatus" [items]="authStatuses" [searchable]="false" placeholder="Select status"></ng-select></div>
      <div class="fg"><label [for]="ids.sponsorship">Will you now or in the future require visa sponsorship? *</label>
        <ng-select class="f-sponsorship" [labelForId]="ids.sponsorship" formControlName="sponsorship" [items]="yesNo" [searchable]="false" [clearable]="false" placeholder="Select"></ng-select></div>
      <div class="fg"><label [for]="ids.types">Employment types you'd consider</label>
        <ng-select class="f-types" [labelForId]="ids.types" formControlName="employmentTypes" [items]="employmentTypes" [multiple]="true" [closeOnSelect]="false" placeholder="Select all that apply"></ng-select></div>
      <div class="fg"><label [for]="ids.rate">Desired pay (USD)</label>
        <div class="pay"><input type="text" [id]="ids.rate" formControlName="rate" inputmode="decimal">
          <ng-select class="f-rate-type" [labelForId]="ids.rateType" formControlName="rateType" [items]="rateTypes" [searchable]="false" placeholder="Rate type" aria-label="Rate type"></ng-select></div></div>
      <div class="fg"><label [for]="ids.start">Available start date</label><input type="date" [id]="ids.start" formControlName="startDate"></div>
      <div class="fg"><label [for]="ids.recruiter">Recruiter you've spoken with</label>
        <ng-select class="f-recruiter" [labelForId]="ids.recruiter" formControlName="recruiter" [items]="recruiters" placeholder="Select (optional)"></ng-select></div>
    </div>
    <h3>Documents</h3>
    <div class="fg"><span class="lbl">Resume *</span><input type="file" id="resume-file" accept=".pdf,.doc,.docx" hidden (change)="pickResume($event)"><label for="resume-file" class="upload-btn">Upload resume</label> <span class="file-name">{{ resume ?? 'No file selected' }}</span></div>
    <div class="fg" style="margin-top:14px"><label [for]="ids.cover">Cover letter (optional)</label><textarea [id]="ids.cover" formControlName="coverLetter" rows="6"></textarea></div>
    <div class="check"><label><input type="checkbox" formControlName="smsOptIn"> Text me updates about this application and similar jobs (msg &amp; data rates may apply)</label></div>
    <div class="check"><label><input type="checkbox" formControlName="terms"> I accept the Northgate Terms of Use and Privacy Policy *</label></div>
    @if (tried) { <p style="color:#b42318">Please complete the required fields and upload your resume.</p> }
    <button type="submit" class="primary" id="ng-submit">Submit application</button>
    <pre id="model">{{ shown | json }}</pre>
  </form> }`,
})(ApplyComponent);

enableProdMode();
bootstrapApplication(ApplyComponent, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));

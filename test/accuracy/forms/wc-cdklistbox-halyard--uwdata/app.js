/*
 * Halyard Mutual's careers app: Angular 22 standalone component compiled in the browser (JIT),
 * reactive forms, the Angular CDK listbox (CdkListbox / CdkOption, which implement
 * ControlValueAccessor: their value is always an array) and ng-select. The form value is
 * rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { CdkListbox, CdkOption } from '@angular/cdk/listbox';
import { NgSelectModule } from '@ng-select/ng-select';
import countries from 'world-countries';
import '../../../../node_modules/@ng-select/ng-select/themes/default.theme.css';
import { POSTING } from './posting.js';

const COUNTRIES = countries.map((c) => ({ code: c.cca2, name: c.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Connecticut', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'Minnesota', 'New Jersey', 'New York', 'North Carolina', 'Ohio', 'Oregon', 'Pennsylvania', 'Texas', 'Virginia', 'Washington'];

class Root {
  constructor() {
    this.posting = POSTING;
    this.countries = COUNTRIES;
    this.states = STATES;
    this.offices = ['Hartford, CT', 'Minneapolis, MN', 'Phoenix, AZ', 'San Francisco, CA', 'Remote'];
    this.ranges = ['Under 2 years', '2 to 4 years', '5 to 7 years', '8 to 12 years', 'Over 12 years'];
    this.types = ['Full-time', 'Part-time', 'Contract', 'Internship'];
    this.form = new FormGroup({
      firstName: new FormControl(''), lastName: new FormControl(''), email: new FormControl(''), phone: new FormControl(''),
      address: new FormControl(''), city: new FormControl(''), state: new FormControl(null), zip: new FormControl(''), country: new FormControl(null),
      years: new FormControl([]), authorized: new FormControl([]), sponsorship: new FormControl([]), types: new FormControl([]), offices: new FormControl([]),
      currentEmployer: new FormControl(''), currentTitle: new FormControl(''), salary: new FormControl(null), noticeWeeks: new FormControl(null), startDate: new FormControl(''),
      [POSTING.extraKey]: new FormControl([]), resume: new FormControl(null), coverLetter: new FormControl(''), [POSTING.essayKey]: new FormControl(''), referral: new FormControl(''), consent: new FormControl(false),
    });
    this.sent = false;
  }
  pickResume(event) { this.form.controls.resume.setValue(event.target.files[0]?.name ?? null); }
  submit() { const v = this.form.value; if (!v.firstName || !v.email || !v.resume || !v.consent) { this.form.markAllAsTouched(); return; } this.sent = true; }
}

Component({
  selector: 'app-root',
  imports: [JsonPipe, ReactiveFormsModule, CdkListbox, CdkOption, NgSelectModule],
  template: `
  <small>{{ posting.team }} · {{ posting.place }}</small>
  <h1>{{ posting.title }}</h1>
  <p>{{ posting.blurb }}</p>
  @if (sent) { <h2 id="hm-done">Thanks, your application is in.</h2> } @else {
  <form [formGroup]="form" (ngSubmit)="submit()" id="hm-form" novalidate>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-first">Legal first name *</label><input type="text" id="hm-first" formControlName="firstName"></div>
      <div class="hm-field"><label for="hm-last">Legal last name *</label><input type="text" id="hm-last" formControlName="lastName"></div>
    </div>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-email">Email *</label><input type="email" id="hm-email" formControlName="email"></div>
      <div class="hm-field"><label for="hm-phone">Phone</label><div class="hm-prefix"><span>+1</span><input type="tel" id="hm-phone" formControlName="phone" maxlength="10" placeholder="10 digits"></div></div>
    </div>
    <div class="hm-field"><label for="hm-address">Street address</label><input type="text" id="hm-address" formControlName="address"></div>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-city">City</label><input type="text" id="hm-city" formControlName="city"></div>
      <div class="hm-field"><label for="hm-state-input">State</label><ng-select class="hm-state" labelForId="hm-state-input" formControlName="state" [items]="states" placeholder="Select state" appendTo="body"></ng-select></div>
    </div>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-zip">ZIP code</label><input type="text" id="hm-zip" formControlName="zip"></div>
      <div class="hm-field"><label for="hm-country-input">Country *</label><ng-select class="hm-country" labelForId="hm-country-input" formControlName="country" [items]="countries" bindLabel="name" bindValue="code" placeholder="Select country" appendTo="body"></ng-select></div>
    </div>
    <div class="hm-field"><span class="hm-q" id="hm-years-label">{{ posting.yearsLabel }} *</span>
      <ul cdkListbox formControlName="years" aria-labelledby="hm-years-label" id="hm-years">@for (r of ranges; track r) { <li [cdkOption]="r">{{ r }}</li> }</ul></div>
    <div class="hm-field"><span class="hm-q" id="hm-auth-label">{{ posting.authQuestion }} *</span>
      <ul cdkListbox cdkListboxOrientation="horizontal" formControlName="authorized" aria-labelledby="hm-auth-label" id="hm-authorized"><li cdkOption="yes">Yes</li><li cdkOption="no">No</li></ul></div>
    <div class="hm-field"><span class="hm-q" id="hm-spons-label">Will you require Halyard to sponsor a work visa now or in the future? *</span>
      <ul cdkListbox cdkListboxOrientation="horizontal" formControlName="sponsorship" aria-labelledby="hm-spons-label" id="hm-sponsorship"><li cdkOption="yes">Yes</li><li cdkOption="no">No</li></ul></div>
    <div class="hm-field"><span class="hm-q" id="hm-types-label">Employment types you're open to</span>
      <ul cdkListbox cdkListboxMultiple formControlName="types" aria-labelledby="hm-types-label" id="hm-types">@for (t of types; track t) { <li [cdkOption]="t">{{ t }}</li> }</ul></div>
    <div class="hm-field"><label for="hm-offices-input">Preferred offices</label><ng-select class="hm-offices" labelForId="hm-offices-input" formControlName="offices" [items]="offices" [multiple]="true" [closeOnSelect]="false" placeholder="Any office"></ng-select></div>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-employer">Current employer</label><input type="text" id="hm-employer" formControlName="currentEmployer"></div>
      <div class="hm-field"><label for="hm-title">Current job title</label><input type="text" id="hm-title" formControlName="currentTitle"></div>
    </div>
    <div class="hm-two">
      <div class="hm-field"><label for="hm-salary">Desired base salary (USD per year)</label><input type="number" id="hm-salary" formControlName="salary" min="0" step="500"></div>
      <div class="hm-field"><label for="hm-notice">Notice period (weeks)</label><input type="number" id="hm-notice" formControlName="noticeWeeks" min="0" max="26"></div>
    </div>
    <div class="hm-field"><label for="hm-start">Available to start</label><input type="date" id="hm-start" formControlName="startDate"></div>
    <div class="hm-field"><span class="hm-q" id="hm-extra-label">{{ posting.extraLabel }}</span>
      <ul cdkListbox cdkListboxMultiple [formControlName]="posting.extraKey" aria-labelledby="hm-extra-label" id="hm-extra">@for (x of posting.extra; track x) { <li [cdkOption]="x">{{ x }}</li> }</ul></div>
    <div class="hm-field"><label for="hm-resume">Resume *</label><input type="file" id="hm-resume" accept=".pdf,.docx" (change)="pickResume($event)"><div class="hm-files" id="hm-resume-name">{{ form.value.resume ?? 'No file chosen' }}</div></div>
    <div class="hm-field"><label for="hm-cover">Cover letter (optional)</label><textarea id="hm-cover" formControlName="coverLetter" rows="6"></textarea></div>
    <div class="hm-field"><label [for]="'hm-' + posting.essayKey">{{ posting.essayLabel }}</label><textarea [id]="'hm-' + posting.essayKey" [formControlName]="posting.essayKey" rows="3"></textarea></div>
    <div class="hm-field"><label for="hm-referral">Employee referral code (if any)</label><input type="text" id="hm-referral" formControlName="referral"></div>
    <div class="hm-field"><label><input type="checkbox" id="hm-consent" formControlName="consent"> I have read and accept the Halyard Mutual applicant privacy notice. *</label></div>
    <button type="submit" id="hm-submit">Submit application</button>
  </form> }
  <pre id="model">{{ form.value | json }}</pre>`,
})(Root);

enableProdMode();
bootstrapApplication(Root, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));

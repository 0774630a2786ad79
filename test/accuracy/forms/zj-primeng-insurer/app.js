/*
 * Northgate Mutual careers: the insurer's Angular 22 portal on PrimeNG 22 (Aura preset through
 * providePrimeNG). Templates compile in the browser (JIT, like an Angular app without a build
 * step); the component is declared by calling the decorator directly. PrimeNG pieces as its docs
 * write them: p-floatlabel (variant "on") around pInputText, p-inputmask phone "(999) 999-9999",
 * p-select with a filter and options in an overlay appended to <body> (countries, states,
 * degree), p-autocomplete with forceSelection (school), p-selectbutton ranges (buttons, no
 * radios), p-radiobutton + label for, p-datepicker mm/dd/yy, p-inputnumber currency USD,
 * p-fileupload basic mode, pTextarea, p-toggleswitch and p-checkbox. The template-driven form's
 * model is rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { providePrimeNG } from 'primeng/config';
import Aura from '@primeuix/themes/aura';
import { AutoComplete } from 'primeng/autocomplete';
import { Button } from 'primeng/button';
import { Checkbox } from 'primeng/checkbox';
import { DatePicker } from 'primeng/datepicker';
import { FileUpload } from 'primeng/fileupload';
import { FloatLabel } from 'primeng/floatlabel';
import { InputMask } from 'primeng/inputmask';
import { InputNumber } from 'primeng/inputnumber';
import { InputText } from 'primeng/inputtext';
import { RadioButton } from 'primeng/radiobutton';
import { Select } from 'primeng/select';
import { SelectButton } from 'primeng/selectbutton';
import { Textarea } from 'primeng/textarea';
import { ToggleSwitch } from 'primeng/toggleswitch';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = [['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['MN', 'Minnesota'], ['NY', 'New York'], ['OH', 'Ohio'], ['TX', 'Texas'], ['WA', 'Washington']].map(([code, name]) => ({ code, name }));
const SCHOOLS = ['University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of Connecticut', 'University of Minnesota', 'Boston University', 'Ohio State University'];

class Careers {
  constructor() {
    this.countries = COUNTRIES;
    this.states = STATES;
    this.degrees = [{ label: 'High school / GED', value: 'HS' }, { label: 'Associate', value: 'AS' }, { label: 'Bachelor’s', value: 'BA' }, { label: 'Master’s', value: 'MA' }, { label: 'Doctorate', value: 'PHD' }];
    this.ranges = ['0-2 yrs', '3-6 yrs', '7-10 yrs', '10+ yrs'];
    this.sponsorOptions = [{ label: 'No – I am authorized to work for any US employer', value: 'none' }, { label: 'Yes – I will need an employer-sponsored visa', value: 'needs' }];
    this.sources = ['Company website', 'LinkedIn', 'Indeed', 'Referral', 'Recruiter', 'Other'];
    this.schoolSuggestions = [];
    this.model = {
      firstName: '', lastName: '', email: '', phone: '', city: '', state: null, country: null, school: null, degree: null, years: null,
      authorized: null, sponsorship: null, licensed: null, startDate: null, salary: null, resume: null, coverLetter: '',
      source: null, remoteOnly: false, consent: false,
    };
    this.sent = false;
  }
  searchSchools(event) {
    const query = (event.query ?? '').toLowerCase();
    this.schoolSuggestions = SCHOOLS.filter((school) => school.toLowerCase().includes(query));
  }
  onResume(event) { this.model.resume = event.currentFiles?.[0]?.name ?? event.files?.[0]?.name ?? null; }
  onResumeClear() { this.model.resume = null; }
  get shown() {
    const date = this.model.startDate;
    const iso = date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
    return { ...this.model, startDate: iso };
  }
  submit(form) {
    if (form.invalid || !this.model.resume || !this.model.consent) { form.control.markAllAsTouched(); return; }
    this.sent = true;
  }
}

Component({
  selector: 'app-careers',
  imports: [JsonPipe, FormsModule, AutoComplete, Button, Checkbox, DatePicker, FileUpload, FloatLabel, InputMask, InputNumber, InputText, RadioButton, Select, SelectButton, Textarea, ToggleSwitch],
  template: `
  @if (sent) { <h2 id="ng-done">Thank you — your application is on its way to our recruiting team.</h2> } @else {
  <form #form="ngForm" (ngSubmit)="submit(form)" novalidate class="ng-form">
    <h2>Personal information</h2>
    <div class="ng-row">
      <p-floatlabel variant="on"><input pInputText id="firstName" name="firstName" [(ngModel)]="model.firstName" required /><label for="firstName">First name *</label></p-floatlabel>
      <p-floatlabel variant="on"><input pInputText id="lastName" name="lastName" [(ngModel)]="model.lastName" required /><label for="lastName">Last name *</label></p-floatlabel>
    </div>
    <p-floatlabel variant="on"><input pInputText id="email" type="email" name="email" [(ngModel)]="model.email" required /><label for="email">Email address *</label></p-floatlabel>
    <div class="ng-field">
      <label for="phone">Phone number *</label>
      <p-inputmask inputId="phone" name="phone" mask="(999) 999-9999" placeholder="(999) 999-9999" [(ngModel)]="model.phone" [autoClear]="false" />
    </div>
    <div class="ng-row">
      <p-floatlabel variant="on"><input pInputText id="city" name="city" [(ngModel)]="model.city" /><label for="city">City</label></p-floatlabel>
      <div class="ng-field"><label for="state">State</label><p-select inputId="state" name="state" [options]="states" optionLabel="name" optionValue="code" placeholder="Select a state" [(ngModel)]="model.state" appendTo="body" styleClass="ng-state" /></div>
    </div>
    <div class="ng-field"><label for="country">Country</label><p-select inputId="country" name="country" [options]="countries" optionLabel="name" optionValue="code" [filter]="true" filterBy="name" placeholder="Select a country" [(ngModel)]="model.country" appendTo="body" styleClass="ng-country" /></div>

    <h2>Background</h2>
    <div class="ng-field"><label for="school">School / university</label><p-autocomplete inputId="school" name="school" [(ngModel)]="model.school" [suggestions]="schoolSuggestions" (completeMethod)="searchSchools($event)" [forceSelection]="true" appendTo="body" styleClass="ng-school" /></div>
    <div class="ng-field"><label for="degree">Highest degree</label><p-select inputId="degree" name="degree" [options]="degrees" optionLabel="label" optionValue="value" placeholder="Select" [(ngModel)]="model.degree" appendTo="body" styleClass="ng-degree" /></div>
    <div class="ng-field"><span class="ng-q" id="years-label">Years of experience in data engineering</span><p-selectbutton name="years" [options]="ranges" [(ngModel)]="model.years" ariaLabelledBy="years-label" styleClass="ng-years" /></div>
    <div class="ng-field">
      <span class="ng-q">Are you legally authorized to work in the United States? *</span>
      <div class="ng-radios ng-authorized">
        <div class="ng-radio"><p-radiobutton inputId="auth-yes" name="authorized" value="yes" [(ngModel)]="model.authorized" /><label for="auth-yes">Yes</label></div>
        <div class="ng-radio"><p-radiobutton inputId="auth-no" name="authorized" value="no" [(ngModel)]="model.authorized" /><label for="auth-no">No</label></div>
      </div>
    </div>
    <div class="ng-field">
      <span class="ng-q">Do you require visa sponsorship?</span>
      <div class="ng-radios ng-sponsorship">
        @for (option of sponsorOptions; track option.value) {
          <div class="ng-radio"><p-radiobutton [inputId]="'spon-' + option.value" name="sponsorship" [value]="option.value" [(ngModel)]="model.sponsorship" /><label [for]="'spon-' + option.value">{{ option.label }}</label></div>
        }
      </div>
    </div>
    <div class="ng-field">
      <span class="ng-q">Do you hold an active property & casualty insurance license?</span>
      <div class="ng-radios ng-licensed">
        <div class="ng-radio"><p-radiobutton inputId="lic-yes" name="licensed" value="yes" [(ngModel)]="model.licensed" /><label for="lic-yes">Yes</label></div>
        <div class="ng-radio"><p-radiobutton inputId="lic-no" name="licensed" value="no" [(ngModel)]="model.licensed" /><label for="lic-no">No</label></div>
      </div>
    </div>
    <div class="ng-row">
      <div class="ng-field"><label for="startDate">Available start date</label><p-datepicker inputId="startDate" name="startDate" [(ngModel)]="model.startDate" dateFormat="mm/dd/yy" placeholder="mm/dd/yyyy" [showIcon]="true" appendTo="body" styleClass="ng-start" /></div>
      <div class="ng-field"><label for="salary">Desired annual salary</label><p-inputnumber inputId="salary" name="salary" [(ngModel)]="model.salary" mode="currency" currency="USD" locale="en-US" [maxFractionDigits]="0" styleClass="ng-salary" /></div>
    </div>

    <h2>Documents</h2>
    <div class="ng-field ng-resume"><span class="ng-q">Resume *</span><p-fileupload mode="basic" name="resume" chooseLabel="Choose resume" accept=".pdf,.doc,.docx" [auto]="false" [customUpload]="true" (onSelect)="onResume($event)" (onClear)="onResumeClear()" /></div>
    <p-floatlabel variant="on"><textarea pTextarea id="coverLetter" name="coverLetter" rows="5" [(ngModel)]="model.coverLetter" style="width:100%"></textarea><label for="coverLetter">Cover letter</label></p-floatlabel>
    <div class="ng-field"><label for="source">How did you hear about this job?</label><p-select inputId="source" name="source" [options]="sources" placeholder="Select" [(ngModel)]="model.source" appendTo="body" styleClass="ng-source" /></div>
    <div class="ng-check"><p-toggleswitch inputId="remoteOnly" name="remoteOnly" [(ngModel)]="model.remoteOnly" /><label for="remoteOnly">I'm only interested in fully remote roles</label></div>
    <div class="ng-check"><p-checkbox inputId="consent" name="consent" [binary]="true" [(ngModel)]="model.consent" /><label for="consent">I consent to Northgate Mutual processing my data for recruiting *</label></div>
    <p-button type="submit" label="Submit application" id="ng-submit" />
    <pre id="model">{{ shown | json }}</pre>
  </form> }`,
})(Careers);

enableProdMode();
bootstrapApplication(Careers, { providers: [provideZonelessChangeDetection(), providePrimeNG({ theme: { preset: Aura, options: { darkModeSelector: false } } })] }).catch((error) => console.error(error));

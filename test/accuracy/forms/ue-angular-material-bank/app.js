/*
 * Another posting on Harbor Reach Bank's Angular Material careers portal (see
 * ../angular-material-bank): same component scheme (outlined mat-form-fields, "+1" prefix,
 * location matAutocomplete, mat-selects in the CDK overlay, mat-radio-group, mat-button-toggle
 * groups, matDatepicker, resume input behind a stroked button, slide toggle, checkbox); other
 * questions: an internal-employee toggle asked first, other year ranges, a pay-period mat-select,
 * "GitHub or portfolio", no cover letter, a "select all that apply" list of mat-checkboxes, a
 * fraud-model essay and veteran status. The form's model is rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import countries from 'world-countries';
import '../../../../node_modules/@angular/material/prebuilt-themes/azure-blue.css';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const PLACES = ['Atlanta, GA', 'Charlotte, NC', 'Jacksonville, FL', 'Raleigh, NC', 'San Antonio, TX', 'San Francisco, CA', 'Santa Clara, CA', 'South San Francisco, CA'];

class Careers {
  constructor() {
    this.countries = COUNTRIES;
    this.states = [['CA', 'California'], ['FL', 'Florida'], ['GA', 'Georgia'], ['NC', 'North Carolina'], ['SC', 'South Carolina'], ['TX', 'Texas'], ['VA', 'Virginia']];
    this.ranges = ['Fewer than 4 years', '4–7 years', '8–11 years', '12 or more years'];
    this.sponsorship = ['I do not need sponsorship now or in the future', 'I need sponsorship now', 'I will need sponsorship in the future'];
    this.domains = [['cards', 'Card fraud'], ['ach', 'ACH / wire fraud'], ['aml', 'Anti-money laundering'], ['identity', 'Identity and account takeover'], ['credit', 'Credit risk']];
    this.model = { internal: null, firstName: '', lastName: '', email: '', phone: '', location: '', country: null, state: null, years: null, degree: null, authorized: null, sponsorship: null, salary: null, payPeriod: null, startDate: null, linkedin: '', github: '', resume: null, domains: [], fraudModel: '', veteran: null, talentNetwork: false, consent: false };
    this.sent = false;
  }
  get places() {
    const typed = (this.model.location ?? '').toLowerCase();
    return PLACES.filter((place) => place.toLowerCase().includes(typed));
  }
  get shown() {
    const date = this.model.startDate;
    const iso = date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
    return { ...this.model, startDate: iso };
  }
  toggleDomain(code, checked) {
    this.model.domains = checked ? [...this.model.domains, code] : this.model.domains.filter((item) => item !== code);
  }
  pickResume(event) { this.model.resume = event.target.files[0]?.name ?? null; }
  submit(form) {
    if (form.invalid || !this.model.resume || !this.model.consent) { form.control.markAllAsTouched(); return; }
    this.sent = true;
  }
}

Component({
  selector: 'app-careers',
  imports: [JsonPipe, FormsModule, MatAutocompleteModule, MatButtonModule, MatButtonToggleModule, MatCheckboxModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatSelectModule, MatSlideToggleModule],
  template: `
  @if (sent) { <h2 id="hr-done">Thank you. Your application has been received.</h2> } @else {
  <form #form="ngForm" (ngSubmit)="submit(form)" novalidate>
    <h1>Lead Data Engineer, Fraud Analytics</h1>
    <p>Jacksonville, FL or Charlotte, NC (hybrid) · Enterprise Fraud Management</p>
    <p>Our fraud strategy team scores 30 million card and ACH transactions a day. You will lead the engineers who build the feature pipelines behind those models and the case-management data they feed.</p>
    <label class="hr-q" id="hr-internal-label">I am a current Harbor Reach Bank employee or contractor.</label>
    <mat-button-toggle-group name="internal" [(ngModel)]="model.internal" aria-labelledby="hr-internal-label" class="hr-internal"><mat-button-toggle value="yes">Yes</mat-button-toggle><mat-button-toggle value="no">No</mat-button-toggle></mat-button-toggle-group>
    <div class="hr-row" style="margin-top:16px">
      <mat-form-field appearance="outline"><mat-label>First name</mat-label><input matInput name="firstName" [(ngModel)]="model.firstName" required><mat-error>First name is required</mat-error></mat-form-field>
      <mat-form-field appearance="outline"><mat-label>Last name</mat-label><input matInput name="lastName" [(ngModel)]="model.lastName" required><mat-error>Last name is required</mat-error></mat-form-field>
    </div>
    <mat-form-field appearance="outline"><mat-label>Email</mat-label><input matInput type="email" name="email" [(ngModel)]="model.email" required email><mat-error>Enter a valid email</mat-error></mat-form-field>
    <mat-form-field appearance="outline"><mat-label>Mobile phone</mat-label><span matTextPrefix>+1&nbsp;</span><input matInput type="tel" name="phone" [(ngModel)]="model.phone"><mat-hint>US numbers only</mat-hint></mat-form-field>
    <mat-form-field appearance="outline"><mat-label>Where are you based?</mat-label><input matInput name="location" [(ngModel)]="model.location" [matAutocomplete]="locations"><mat-autocomplete #locations="matAutocomplete">@for (place of places; track place) { <mat-option [value]="place">{{ place }}</mat-option> }</mat-autocomplete></mat-form-field>
    <div class="hr-row">
      <mat-form-field appearance="outline" class="hr-country"><mat-label>Country</mat-label><mat-select name="country" [(ngModel)]="model.country">@for (country of countries; track country.code) { <mat-option [value]="country.code">{{ country.name }}</mat-option> }</mat-select></mat-form-field>
      <mat-form-field appearance="outline" class="hr-state"><mat-label>State</mat-label><mat-select name="state" [(ngModel)]="model.state">@for (state of states; track state[0]) { <mat-option [value]="state[0]">{{ state[1] }}</mat-option> }</mat-select></mat-form-field>
    </div>
    <label class="hr-q" id="hr-years-label">How many years of data engineering experience do you have?</label>
    <mat-radio-group name="years" [(ngModel)]="model.years" aria-labelledby="hr-years-label" class="hr-years">@for (range of ranges; track range) { <mat-radio-button [value]="range">{{ range }}</mat-radio-button> }</mat-radio-group>
    <mat-form-field appearance="outline" class="hr-degree" style="margin-top:12px"><mat-label>Highest level of education</mat-label><mat-select name="degree" [(ngModel)]="model.degree"><mat-option value="hs">High school diploma / GED</mat-option><mat-option value="as">Associate's</mat-option><mat-option value="ba">Bachelor's</mat-option><mat-option value="ma">Master's</mat-option><mat-option value="phd">Doctorate</mat-option></mat-select></mat-form-field>
    <label class="hr-q" id="hr-auth-label">I am authorized to work in the United States for any employer.</label>
    <mat-button-toggle-group name="authorized" [(ngModel)]="model.authorized" aria-labelledby="hr-auth-label" class="hr-authorized"><mat-button-toggle value="yes">Yes</mat-button-toggle><mat-button-toggle value="no">No</mat-button-toggle></mat-button-toggle-group>
    <mat-form-field appearance="outline" class="hr-sponsorship" style="margin-top:16px"><mat-label>Sponsorship</mat-label><mat-select name="sponsorship" [(ngModel)]="model.sponsorship">@for (answer of sponsorship; track answer) { <mat-option [value]="answer">{{ answer }}</mat-option> }</mat-select></mat-form-field>
    <div class="hr-row">
      <mat-form-field appearance="outline"><mat-label>Desired base pay</mat-label><span matTextPrefix>$&nbsp;</span><input matInput type="number" name="salary" [(ngModel)]="model.salary"></mat-form-field>
      <mat-form-field appearance="outline" class="hr-pay-period"><mat-label>Pay period</mat-label><mat-select name="payPeriod" [(ngModel)]="model.payPeriod"><mat-option value="hour">Hourly</mat-option><mat-option value="year">Annually</mat-option></mat-select></mat-form-field>
    </div>
    <mat-form-field appearance="outline" class="hr-start"><mat-label>Date you could start</mat-label><input matInput name="startDate" [(ngModel)]="model.startDate" [matDatepicker]="picker"><mat-hint>MM/DD/YYYY</mat-hint><mat-datepicker-toggle matIconSuffix [for]="picker"></mat-datepicker-toggle><mat-datepicker #picker></mat-datepicker></mat-form-field>
    <div class="hr-row">
      <mat-form-field appearance="outline"><mat-label>LinkedIn profile (optional)</mat-label><input matInput type="url" name="linkedin" [(ngModel)]="model.linkedin"></mat-form-field>
      <mat-form-field appearance="outline"><mat-label>GitHub or portfolio (optional)</mat-label><input matInput type="url" name="github" [(ngModel)]="model.github"></mat-form-field>
    </div>
    <div style="margin: 8px 0 18px"><span class="hr-q">Resume</span><input type="file" id="hr-resume" hidden accept=".pdf,.doc,.docx" (change)="pickResume($event)"><label for="hr-resume" mat-stroked-button>Upload resume</label> <span class="hr-file">{{ model.resume ?? 'No file chosen' }}</span></div>
    <span class="hr-q" id="hr-domains-label">Which fraud or risk domains have you supported? (select all that apply)</span>
    <div class="hr-domains" role="group" aria-labelledby="hr-domains-label">@for (domain of domains; track domain[0]) { <mat-checkbox [id]="'hr-domain-' + domain[0]" [checked]="model.domains.includes(domain[0])" (change)="toggleDomain(domain[0], $event.checked)">{{ domain[1] }}</mat-checkbox> }</div>
    <mat-form-field appearance="outline" style="margin-top:12px"><mat-label>Describe a fraud or risk model whose data pipeline you built</mat-label><textarea matInput name="fraudModel" rows="4" [(ngModel)]="model.fraudModel"></textarea></mat-form-field>
    <mat-form-field appearance="outline" class="hr-veteran"><mat-label>Veteran status (voluntary)</mat-label><mat-select name="veteran" [(ngModel)]="model.veteran"><mat-option value="pv">I identify as a protected veteran</mat-option><mat-option value="nv">I am not a protected veteran</mat-option><mat-option value="d">I decline to answer</mat-option></mat-select></mat-form-field>
    <p><mat-slide-toggle name="talentNetwork" [(ngModel)]="model.talentNetwork" id="hr-talent">Send me fraud and risk openings</mat-slide-toggle></p>
    <p><mat-checkbox name="consent" [(ngModel)]="model.consent" id="hr-consent">I agree to the Harbor Reach applicant privacy notice</mat-checkbox></p>
    <button mat-flat-button type="submit" id="hr-submit">Submit application</button>
    <pre id="model">{{ shown | json }}</pre>
  </form> }`,
})(Careers);

enableProdMode();
bootstrapApplication(Careers, { providers: [provideZonelessChangeDetection(), provideNativeDateAdapter()] }).catch((error) => console.error(error));

/*
 * The careers portal's application component. Angular compiles the template in the browser (JIT,
 * as an Angular app without a build step does); the component is declared with the decorator
 * functions called directly. The template-driven form's model is rendered into <pre id="model">.
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
const PLACES = ['Boston, MA', 'Charlotte, NC', 'New York, NY', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA'];

class Careers {
  constructor() {
    this.countries = COUNTRIES;
    this.states = [['AZ', 'Arizona'], ['CA', 'California'], ['MA', 'Massachusetts'], ['NC', 'North Carolina'], ['NY', 'New York'], ['WA', 'Washington']];
    this.ranges = ['0–2 years', '3–5 years', '6–10 years', '10+ years'];
    this.sponsorship = ['No, I do not require sponsorship', 'Yes, I require sponsorship now', 'Yes, I will require sponsorship in the future'];
    this.model = { firstName: '', lastName: '', email: '', phone: '', location: '', country: null, state: null, years: null, degree: null, authorized: null, sponsorship: null, salary: null, startDate: null, linkedin: '', resume: null, coverLetter: '', why: '', gender: null, talentNetwork: false, consent: false };
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
    <h1>Senior Data Engineer</h1>
    <p>Charlotte, NC or Remote (US) · Enterprise Data</p>
    <div class="hr-row">
      <mat-form-field appearance="outline"><mat-label>First name</mat-label><input matInput name="firstName" [(ngModel)]="model.firstName" required><mat-error>First name is required</mat-error></mat-form-field>
      <mat-form-field appearance="outline"><mat-label>Last name</mat-label><input matInput name="lastName" [(ngModel)]="model.lastName" required><mat-error>Last name is required</mat-error></mat-form-field>
    </div>
    <mat-form-field appearance="outline"><mat-label>Email</mat-label><input matInput type="email" name="email" [(ngModel)]="model.email" required email><mat-error>Enter a valid email</mat-error></mat-form-field>
    <mat-form-field appearance="outline"><mat-label>Mobile phone</mat-label><span matTextPrefix>+1&nbsp;</span><input matInput type="tel" name="phone" [(ngModel)]="model.phone"><mat-hint>US numbers only</mat-hint></mat-form-field>
    <mat-form-field appearance="outline"><mat-label>Location</mat-label><input matInput name="location" [(ngModel)]="model.location" [matAutocomplete]="locations"><mat-autocomplete #locations="matAutocomplete">@for (place of places; track place) { <mat-option [value]="place">{{ place }}</mat-option> }</mat-autocomplete></mat-form-field>
    <div class="hr-row">
      <mat-form-field appearance="outline" class="hr-country"><mat-label>Country</mat-label><mat-select name="country" [(ngModel)]="model.country">@for (country of countries; track country.code) { <mat-option [value]="country.code">{{ country.name }}</mat-option> }</mat-select></mat-form-field>
      <mat-form-field appearance="outline" class="hr-state"><mat-label>State</mat-label><mat-select name="state" [(ngModel)]="model.state">@for (state of states; track state[0]) { <mat-option [value]="state[0]">{{ state[1] }}</mat-option> }</mat-select></mat-form-field>
    </div>
    <label class="hr-q" id="hr-years-label">Years of professional experience</label>
    <mat-radio-group name="years" [(ngModel)]="model.years" aria-labelledby="hr-years-label" class="hr-years">@for (range of ranges; track range) { <mat-radio-button [value]="range">{{ range }}</mat-radio-button> }</mat-radio-group>
    <mat-form-field appearance="outline" class="hr-degree" style="margin-top:12px"><mat-label>Highest degree</mat-label><mat-select name="degree" [(ngModel)]="model.degree"><mat-option value="hs">High school</mat-option><mat-option value="as">Associate degree</mat-option><mat-option value="ba">Bachelor's degree</mat-option><mat-option value="ma">Master's degree</mat-option><mat-option value="phd">Doctorate</mat-option></mat-select></mat-form-field>
    <label class="hr-q" id="hr-auth-label">Are you legally authorized to work in the United States?</label>
    <mat-button-toggle-group name="authorized" [(ngModel)]="model.authorized" aria-labelledby="hr-auth-label" class="hr-authorized"><mat-button-toggle value="yes">Yes</mat-button-toggle><mat-button-toggle value="no">No</mat-button-toggle></mat-button-toggle-group>
    <mat-form-field appearance="outline" class="hr-sponsorship" style="margin-top:16px"><mat-label>Visa sponsorship</mat-label><mat-select name="sponsorship" [(ngModel)]="model.sponsorship">@for (answer of sponsorship; track answer) { <mat-option [value]="answer">{{ answer }}</mat-option> }</mat-select></mat-form-field>
    <div class="hr-row">
      <mat-form-field appearance="outline"><mat-label>Desired salary</mat-label><span matTextPrefix>$&nbsp;</span><input matInput type="number" name="salary" [(ngModel)]="model.salary"><span matTextSuffix>per year</span></mat-form-field>
      <mat-form-field appearance="outline" class="hr-start"><mat-label>Available from</mat-label><input matInput name="startDate" [(ngModel)]="model.startDate" [matDatepicker]="picker"><mat-hint>MM/DD/YYYY</mat-hint><mat-datepicker-toggle matIconSuffix [for]="picker"></mat-datepicker-toggle><mat-datepicker #picker></mat-datepicker></mat-form-field>
    </div>
    <mat-form-field appearance="outline"><mat-label>LinkedIn profile</mat-label><input matInput type="url" name="linkedin" [(ngModel)]="model.linkedin"></mat-form-field>
    <div style="margin: 8px 0 18px"><span class="hr-q">Resume</span><input type="file" id="hr-resume" hidden accept=".pdf,.doc,.docx" (change)="pickResume($event)"><label for="hr-resume" mat-stroked-button>Upload resume</label> <span class="hr-file">{{ model.resume ?? 'No file chosen' }}</span></div>
    <mat-form-field appearance="outline"><mat-label>Cover letter</mat-label><textarea matInput name="coverLetter" rows="5" [(ngModel)]="model.coverLetter"></textarea></mat-form-field>
    <mat-form-field appearance="outline"><mat-label>Why Harbor Reach?</mat-label><textarea matInput name="why" rows="3" [(ngModel)]="model.why"></textarea></mat-form-field>
    <mat-form-field appearance="outline" class="hr-gender"><mat-label>Gender (voluntary)</mat-label><mat-select name="gender" [(ngModel)]="model.gender"><mat-option value="f">Female</mat-option><mat-option value="m">Male</mat-option><mat-option value="x">Non-binary</mat-option><mat-option value="d">I decline to answer</mat-option></mat-select></mat-form-field>
    <p><mat-slide-toggle name="talentNetwork" [(ngModel)]="model.talentNetwork" id="hr-talent">Join our talent network</mat-slide-toggle></p>
    <p><mat-checkbox name="consent" [(ngModel)]="model.consent" id="hr-consent">I agree to the Harbor Reach applicant privacy notice</mat-checkbox></p>
    <button mat-flat-button type="submit" id="hr-submit">Submit application</button>
    <pre id="model">{{ shown | json }}</pre>
  </form> }`,
})(Careers);

enableProdMode();
bootstrapApplication(Careers, { providers: [provideZonelessChangeDetection(), provideNativeDateAdapter()] }).catch((error) => console.error(error));

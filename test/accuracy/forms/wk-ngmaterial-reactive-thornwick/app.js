/*
 * Thornwick Survey careers: an Angular 22 application component (templates compiled in the browser,
 * JIT) with **Reactive Forms**: one FormGroup of three nested groups (contact, experience,
 * eligibility) built by FormBuilder, laid out in a linear **mat-stepper** whose "Next" buttons
 * (matStepperNext) stop on an invalid step. Pieces: a location **mat-autocomplete with
 * mat-optgroup**s by state and `requireSelection` (text not picked from the panel is cleared), a
 * "(555) 555-5555" maxlength-14 phone, mat-selects (years ranges, a degree list in mat-optgroups,
 * "how did you hear"), a mat-chip-grid of skills (left alone), mat-radio-groups (authorization,
 * sponsorship sentences), a matDatepicker on the native adapter, "$" … "USD" salary, a
 * mat-slide-toggle (relocation, left alone), a resume input behind a stroked button, a
 * mat-checkbox. The form's raw value is rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection, signal, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipsModule } from '@angular/material/chips';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatStepperModule } from '@angular/material/stepper';
import '../../../../node_modules/@angular/material/prebuilt-themes/cyan-orange.css';

const PLACE_GROUPS = [
  { state: 'California', places: ['Los Angeles, CA', 'Oakland, CA', 'Sacramento, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA'] },
  { state: 'Colorado', places: ['Boulder, CO', 'Denver, CO'] },
  { state: 'Oregon', places: ['Bend, OR', 'Portland, OR'] },
  { state: 'Washington', places: ['Seattle, WA', 'Tacoma, WA'] },
  { state: 'Outside the United States', places: ['Vancouver, BC, Canada', 'Somewhere else'] },
];
const DEGREE_GROUPS = [
  { label: 'Undergraduate', items: [['assoc', 'Associate degree'], ['bach', 'Bachelor’s degree'], ['none', 'Some college, no degree']] },
  { label: 'Graduate', items: [['mast', 'Master’s degree'], ['doct', 'Doctorate']] },
  { label: 'Other', items: [['hs', 'High school or equivalent'], ['cert', 'Professional certificate']] },
];

class Application {
  constructor() {
    const fb = inject(FormBuilder);
    this.form = fb.group({
      contact: fb.group({
        firstName: ['', Validators.required],
        lastName: ['', Validators.required],
        email: ['', [Validators.required, Validators.email]],
        phone: ['', [Validators.required, Validators.pattern(/^\(\d{3}\) \d{3}-\d{4}$/)]],
        location: ['', Validators.required],
        linkedin: [''],
      }),
      experience: fb.group({
        employer: [''],
        jobTitle: [''],
        years: [null, Validators.required],
        degree: [null],
        school: [''],
        skills: [[]],
      }),
      eligibility: fb.group({
        authorized: [null, Validators.required],
        sponsorship: [null, Validators.required],
        startDate: [null],
        salary: [null],
        relocate: [false],
        resume: [null, Validators.required],
        coverLetter: [''],
        mapping: [''],
        heard: [null],
        consent: [false, Validators.requiredTrue],
      }),
    });
    this.years = ['0–2 years', '3–5 years', '6–9 years', '10+ years'];
    this.sponsorshipAnswers = ['I do not need sponsorship', 'I will need sponsorship now or in the future'];
    this.heard = ['LinkedIn', 'Thornwick website', 'Referral', 'Conference', 'Other'];
    this.degreeGroups = DEGREE_GROUPS;
    this.groups = signal(PLACE_GROUPS);
    this.model = signal(this.snapshot());
    this.sent = signal(false);
    this.search = '';
    this.form.valueChanges.subscribe(() => this.model.set(this.snapshot()));

  }
  filterPlaces(text) {
    const q = (text ?? '').toLowerCase();
    this.groups.set(PLACE_GROUPS.map((g) => ({ state: g.state, places: g.places.filter((p) => p.toLowerCase().includes(q)) })).filter((g) => g.places.length));
  }
  get skills() { return this.form.get('experience.skills').value; }
  addSkill(event) {
    const value = (event.value || '').trim();
    if (value) this.form.get('experience.skills').setValue([...this.skills, value]);
    event.chipInput.clear();
  }
  removeSkill(skill) { this.form.get('experience.skills').setValue(this.skills.filter((s) => s !== skill)); }
  pickResume(event) {
    this.form.get('eligibility.resume').setValue(event.target.files[0]?.name ?? null);
  }
  snapshot() {
    const raw = this.form.getRawValue();
    const d = raw.eligibility.startDate;
    const iso = d instanceof Date && !Number.isNaN(d.valueOf()) ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null;
    return { ...raw, eligibility: { ...raw.eligibility, startDate: iso } };
  }
  modelJson() { return JSON.stringify(this.model()); }
  submit() {
    if (this.form.invalid) { this.form.markAllAsTouched(); return; }
    this.sent.set(true);
  }
}

Component({
  selector: 'app-application',
  imports: [ReactiveFormsModule, MatAutocompleteModule, MatButtonModule, MatCheckboxModule, MatChipsModule, MatDatepickerModule, MatFormFieldModule, MatInputModule,
    MatRadioModule, MatSelectModule, MatSlideToggleModule, MatStepperModule],
  template: `
  <header class="tw-top">
    <span class="tw-logo">THORNWICK <small>survey</small></span>
    <nav><a href="#">Services</a><a href="#">Projects</a><a href="#">Careers</a></nav>
    <input id="tw-search" type="search" placeholder="Search careers" aria-label="Search careers" [value]="search" (input)="search = $any($event.target).value">
    <a mat-stroked-button href="#">Sign in</a>
  </header>
  <main class="tw-main">
    <p class="tw-kicker">Geospatial Data · Denver, CO or Remote (US)</p>
    <h1>Senior Data Engineer, Lidar Pipelines</h1>
    <p>Our drones and aircraft capture 40 TB of lidar and imagery a week. Build the pipelines that turn it into terrain models our surveyors deliver to clients.</p>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-stepper linear #stepper orientation="vertical">
        <mat-step [stepControl]="form.get('contact')" formGroupName="contact" label="Contact details">
          <div class="tw-row">
            <mat-form-field appearance="outline"><mat-label>First name</mat-label><input matInput formControlName="firstName" id="tw-firstName" autocomplete="given-name"></mat-form-field>
            <mat-form-field appearance="outline"><mat-label>Last name</mat-label><input matInput formControlName="lastName" id="tw-lastName" autocomplete="family-name"></mat-form-field>
          </div>
          <mat-form-field appearance="outline"><mat-label>Email</mat-label><input matInput type="email" formControlName="email" id="tw-email">
            @if (form.get('contact.email').invalid && form.get('contact.email').touched) { <mat-error>Enter a valid email</mat-error> }</mat-form-field>
          <mat-form-field appearance="outline"><mat-label>Phone</mat-label><input matInput type="tel" formControlName="phone" id="tw-phone" placeholder="(555) 555-5555" maxlength="14">
            <mat-hint>Format: (555) 555-5555</mat-hint>
            @if (form.get('contact.phone').invalid && form.get('contact.phone').touched) { <mat-error>Use the format (555) 555-5555</mat-error> }</mat-form-field>
          <mat-form-field appearance="outline"><mat-label>Where do you live?</mat-label>
            <input matInput formControlName="location" id="tw-location" #loc [matAutocomplete]="places" (input)="filterPlaces(loc.value)" (focus)="filterPlaces(loc.value)">
            <mat-hint>Pick the closest city from the list</mat-hint>
            <mat-autocomplete #places="matAutocomplete" requireSelection>
              @for (group of groups(); track group.state) {
                <mat-optgroup [label]="group.state">
                  @for (place of group.places; track place) { <mat-option [value]="place">{{ place }}</mat-option> }
                </mat-optgroup>
              }
            </mat-autocomplete>
          </mat-form-field>
          <mat-form-field appearance="outline"><mat-label>LinkedIn URL</mat-label><input matInput type="url" formControlName="linkedin" id="tw-linkedin"></mat-form-field>
          <button mat-flat-button matStepperNext type="button" id="tw-next-1">Next</button>
        </mat-step>
        <mat-step [stepControl]="form.get('experience')" formGroupName="experience" label="Experience">
          <div class="tw-row">
            <mat-form-field appearance="outline"><mat-label>Current employer</mat-label><input matInput formControlName="employer" id="tw-employer"></mat-form-field>
            <mat-form-field appearance="outline"><mat-label>Current title</mat-label><input matInput formControlName="jobTitle" id="tw-jobTitle"></mat-form-field>
          </div>
          <mat-form-field appearance="outline" class="tw-years"><mat-label>Years of data engineering experience</mat-label>
            <mat-select formControlName="years" id="tw-years">@for (y of years; track y) { <mat-option [value]="y">{{ y }}</mat-option> }</mat-select></mat-form-field>
          <div class="tw-row">
            <mat-form-field appearance="outline" class="tw-degree"><mat-label>Highest degree</mat-label>
              <mat-select formControlName="degree" id="tw-degree">
                @for (g of degreeGroups; track g.label) { <mat-optgroup [label]="g.label">@for (d of g.items; track d[0]) { <mat-option [value]="d[0]">{{ d[1] }}</mat-option> }</mat-optgroup> }
              </mat-select></mat-form-field>
            <mat-form-field appearance="outline"><mat-label>School</mat-label><input matInput formControlName="school" id="tw-school"></mat-form-field>
          </div>
          <mat-form-field appearance="outline"><mat-label>Skills</mat-label>
            <mat-chip-grid #chips aria-label="Skills">
              @for (s of skills; track s) { <mat-chip-row (removed)="removeSkill(s)">{{ s }}<button matChipRemove [attr.aria-label]="'remove ' + s">×</button></mat-chip-row> }
              <input id="tw-skills" placeholder="Add a skill…" [matChipInputFor]="chips" (matChipInputTokenEnd)="addSkill($event)">
            </mat-chip-grid>
            <mat-hint>Press Enter after each skill</mat-hint></mat-form-field>
          <button mat-button matStepperPrevious type="button">Back</button>
          <button mat-flat-button matStepperNext type="button" id="tw-next-2">Next</button>
        </mat-step>
        <mat-step [stepControl]="form.get('eligibility')" formGroupName="eligibility" label="Eligibility and documents">
          <label class="tw-q" id="tw-authorized-label">Are you legally authorized to work in the United States?</label>
          <mat-radio-group formControlName="authorized" aria-labelledby="tw-authorized-label" id="tw-authorized"><mat-radio-button value="yes">Yes</mat-radio-button><mat-radio-button value="no">No</mat-radio-button></mat-radio-group>
          <label class="tw-q" id="tw-sponsorship-label">Visa sponsorship</label>
          <mat-radio-group formControlName="sponsorship" aria-labelledby="tw-sponsorship-label" id="tw-sponsorship" class="tw-col">
            @for (a of sponsorshipAnswers; track a) { <mat-radio-button [value]="a">{{ a }}</mat-radio-button> }
          </mat-radio-group>
          <div class="tw-row" style="margin-top: 14px">
            <mat-form-field appearance="outline"><mat-label>Earliest start date</mat-label><input matInput formControlName="startDate" id="tw-startDate" [matDatepicker]="picker">
              <mat-hint>MM/DD/YYYY</mat-hint><mat-datepicker-toggle matIconSuffix [for]="picker"></mat-datepicker-toggle><mat-datepicker #picker></mat-datepicker></mat-form-field>
            <mat-form-field appearance="outline"><mat-label>Desired base salary</mat-label><span matTextPrefix>$&nbsp;</span>
              <input matInput type="number" formControlName="salary" id="tw-salary"><span matTextSuffix>USD</span></mat-form-field>
          </div>
          <p><mat-slide-toggle formControlName="relocate" id="tw-relocate">I'd relocate to Denver</mat-slide-toggle></p>
          <div class="tw-file"><span class="tw-q">Resume *</span>
            <input type="file" id="tw-resume" hidden accept=".pdf,.doc,.docx" (change)="pickResume($event)">
            <label for="tw-resume" mat-stroked-button>Choose file</label> <span>{{ form.get('eligibility.resume').value ?? 'No file chosen' }}</span></div>
          <mat-form-field appearance="outline"><mat-label>Cover letter</mat-label><textarea matInput formControlName="coverLetter" id="tw-coverLetter" rows="5"></textarea><mat-hint>Optional</mat-hint></mat-form-field>
          <mat-form-field appearance="outline"><mat-label>Which lidar or photogrammetry tools have you processed data from?</mat-label><textarea matInput formControlName="mapping" id="tw-mapping" rows="3"></textarea></mat-form-field>
          <mat-form-field appearance="outline" class="tw-heard"><mat-label>How did you hear about us?</mat-label>
            <mat-select formControlName="heard" id="tw-heard">@for (h of heard; track h) { <mat-option [value]="h">{{ h }}</mat-option> }</mat-select></mat-form-field>
          <p><mat-checkbox formControlName="consent" id="tw-consent">I agree to Thornwick's candidate privacy notice.</mat-checkbox></p>
          <button mat-button matStepperPrevious type="button">Back</button>
          <button mat-flat-button type="submit" id="tw-submit">Submit application</button>
        </mat-step>
      </mat-stepper>
      @if (sent()) { <p id="tw-sent" class="tw-sent">Thanks! Your application is in.</p> }
    </form>
    <pre id="model">{{ modelJson() }}</pre>
  </main>`,
})(Application);

enableProdMode();
bootstrapApplication(Application, { providers: [provideZonelessChangeDetection(), provideNativeDateAdapter()] }).catch((error) => console.error(error));

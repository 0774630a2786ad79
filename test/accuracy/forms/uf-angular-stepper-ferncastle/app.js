/*
 * Ferncastle Mutual's careers portal: Angular 22 + Angular Material, templates compiled in the
 * browser (JIT; decorators called as functions). A linear mat-stepper whose steps are reactive
 * FormGroups: Next (matStepperNext) will not move while the step's group is invalid and marks it
 * touched, and mat-errors show as soon as a field is left (touched + invalid). Every step stays in
 * the DOM (Back keeps the values). Follow-ups are shown with [hidden] under the answer that asks
 * for them; experience and education are FormArrays with "Add another"; the "Additional questions"
 * step asks the job service for its questions when it is opened (mat-progress-spinner), then builds
 * their controls. The last step only shows what was entered, with Edit buttons.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection, signal } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatStepperModule } from '@angular/material/stepper';
import '../../../../node_modules/@angular/material/prebuilt-themes/cyan-orange.css';

const JOB = window.FC_JOB;
const STATES = [['AL', 'Alabama'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['FL', 'Florida'], ['GA', 'Georgia'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NJ', 'New Jersey'], ['NY', 'New York'], ['NC', 'North Carolina'], ['OH', 'Ohio'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['TX', 'Texas'], ['WA', 'Washington']];
const jobGroup = (first) => new FormGroup({
  employer: new FormControl('', first ? Validators.required : []),
  title: new FormControl('', first ? Validators.required : []),
  from: new FormControl(''),
  current: new FormControl(false),
  to: new FormControl(''),
});
const schoolGroup = () => new FormGroup({ school: new FormControl(''), degree: new FormControl(null), major: new FormControl('') });
const jobService = { questions: () => new Promise((resolve) => setTimeout(() => resolve(JOB.questions), 800)) };

class Apply {
  constructor() {
    this.job = JOB;
    this.states = STATES;
    this.degrees = [['hs', 'High school diploma or GED'], ['as', 'Associate degree'], ['ba', 'Bachelor’s degree (BA/BS)'], ['ma', 'Master’s degree'], ['phd', 'Doctorate'], ['cert', 'Professional certification (e.g., CPCU)']];
    this.visas = ['H-1B', 'H-1B transfer', 'TN', 'E-3', 'F-1 OPT / STEM OPT', 'Other'];
    this.notice = ['Available immediately', '1 week', '2 weeks', '3 weeks', '1 month or more'];
    this.sent = signal(false);
    this.questions = signal(null);
    this.contact = new FormGroup({
      firstName: new FormControl('', Validators.required),
      lastName: new FormControl('', Validators.required),
      email: new FormControl('', [Validators.required, Validators.email]),
      phone: new FormControl('', [Validators.required, Validators.pattern(/^\d{3}-\d{3}-\d{4}$/)]),
      street: new FormControl(''),
      city: new FormControl('', Validators.required),
      state: new FormControl(null, Validators.required),
      zip: new FormControl('', [Validators.required, Validators.pattern(/^\d{5}$/)]),
    });
    this.experience = new FormGroup({
      resume: new FormControl(null, Validators.required),
      jobs: new FormArray([jobGroup(true)]),
      schools: new FormArray([schoolGroup()]),
      linkedin: new FormControl(''),
    });
    this.eligibility = new FormGroup({
      authorized: new FormControl(null, Validators.required),
      sponsorship: new FormControl(null, Validators.required),
      visaType: new FormControl(null),
      employed: new FormControl(null, Validators.required),
      currentEmployer: new FormControl(''),
      notice: new FormControl(null),
      former: new FormControl(null, Validators.required),
      formerId: new FormControl(''),
      salary: new FormControl(null),
      startDate: new FormControl(null),
    });
    this.additional = new FormGroup({ answers: new FormGroup({}), gender: new FormControl(null), race: new FormControl(null), veteran: new FormControl(null), disability: new FormControl(null) });
  }
  get jobs() { return this.experience.get('jobs'); }
  get schools() { return this.experience.get('schools'); }
  get answers() { return this.additional.get('answers'); }
  addJob() { this.jobs.push(jobGroup(false)); }
  addSchool() { this.schools.push(schoolGroup()); }
  pickResume(event) { this.experience.patchValue({ resume: event.target.files[0]?.name ?? null }); this.experience.get('resume').markAsTouched(); }
  stateName(code) { return STATES.find(([c]) => c === code)?.[1] ?? ''; }
  degreeName(code) { return this.degrees.find(([c]) => c === code)?.[1] ?? ''; }
  iso(date) { return date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : date; }
  onStep(event) {
    if (event.selectedIndex === 3 && !this.questions()) {
      jobService.questions().then((list) => {
        for (const q of list) this.answers.addControl(q.id, new FormControl(q.type === 'text' || q.type === 'textarea' ? '' : null, q.required ? Validators.required : []));
        this.questions.set(list);
      });
    }
  }
  get shown() {
    return { contact: this.contact.value, experience: this.experience.value, eligibility: { ...this.eligibility.value, startDate: this.iso(this.eligibility.value.startDate) }, additional: this.additional.value };
  }
  submit() { this.sent.set(true); }
}

Component({
  selector: 'fc-apply',
  imports: [JsonPipe, ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatDatepickerModule, MatFormFieldModule, MatInputModule, MatProgressSpinnerModule, MatRadioModule, MatSelectModule, MatStepperModule],
  template: `
  @if (sent()) { <div id="fc-done" class="fc-done"><h2>Application submitted</h2><p>Thank you for applying to Ferncastle Mutual. Reference {{ job.id }}-{{ contact.value.lastName?.length }}.</p></div> } @else {
  <mat-stepper linear #stepper (selectionChange)="onStep($event)" class="fc-stepper">
    <mat-step [stepControl]="contact" label="Contact">
      <form [formGroup]="contact" class="fc-grid">
        <mat-form-field appearance="fill"><mat-label>Legal first name</mat-label><input matInput id="fc-first" formControlName="firstName" autocomplete="off"><mat-error>Required</mat-error></mat-form-field>
        <mat-form-field appearance="fill"><mat-label>Legal last name</mat-label><input matInput id="fc-last" formControlName="lastName" autocomplete="off"><mat-error>Required</mat-error></mat-form-field>
        <mat-form-field appearance="fill" class="fc-wide"><mat-label>Email address</mat-label><input matInput id="fc-email" type="email" formControlName="email" autocomplete="off"><mat-error>Enter a valid email address</mat-error></mat-form-field>
        <mat-form-field appearance="fill"><mat-label>Phone number</mat-label><input matInput id="fc-phone" type="tel" formControlName="phone"><mat-hint>Format: 555-555-5555</mat-hint><mat-error>Use the format 555-555-5555</mat-error></mat-form-field>
        <mat-form-field appearance="fill"><mat-label>Street address</mat-label><input matInput id="fc-street" formControlName="street"></mat-form-field>
        <mat-form-field appearance="fill"><mat-label>City</mat-label><input matInput id="fc-city" formControlName="city"><mat-error>Required</mat-error></mat-form-field>
        <mat-form-field appearance="fill" class="fc-state"><mat-label>State</mat-label><mat-select formControlName="state">@for (s of states; track s[0]) { <mat-option [value]="s[0]">{{ s[1] }}</mat-option> }</mat-select><mat-error>Required</mat-error></mat-form-field>
        <mat-form-field appearance="fill"><mat-label>ZIP code</mat-label><input matInput id="fc-zip" formControlName="zip" maxlength="5"><mat-error>Enter a 5-digit ZIP code</mat-error></mat-form-field>
      </form>
      <div class="fc-actions"><button mat-flat-button matStepperNext type="button" id="fc-next-1">Save and continue</button></div>
    </mat-step>

    <mat-step [stepControl]="experience" label="Experience">
      <form [formGroup]="experience">
        <div class="fc-upload"><span class="fc-q" id="fc-resume-label">Resume *</span>
          <input type="file" id="fc-resume" accept=".pdf,.doc,.docx" aria-labelledby="fc-resume-label" (change)="pickResume($event)">
          @if (experience.get('resume').touched && experience.get('resume').invalid) { <mat-error>Please attach your resume</mat-error> }</div>
        <h3>Employment history</h3><p class="fc-hint">List your current or most recent employer first.</p>
        <div formArrayName="jobs">
          @for (g of jobs.controls; track $index; let i = $index) {
          <fieldset class="fc-block" [formGroupName]="i"><legend>Employer {{ i + 1 }}</legend>
            <div class="fc-grid">
              <mat-form-field appearance="fill"><mat-label>Employer name</mat-label><input matInput [id]="'fc-job-' + i + '-employer'" formControlName="employer"><mat-error>Required</mat-error></mat-form-field>
              <mat-form-field appearance="fill"><mat-label>Job title</mat-label><input matInput [id]="'fc-job-' + i + '-title'" formControlName="title"><mat-error>Required</mat-error></mat-form-field>
              <mat-form-field appearance="fill"><mat-label>From (MM/YYYY)</mat-label><input matInput [id]="'fc-job-' + i + '-from'" formControlName="from"></mat-form-field>
              <mat-form-field appearance="fill" [hidden]="g.value.current"><mat-label>To (MM/YYYY)</mat-label><input matInput [id]="'fc-job-' + i + '-to'" formControlName="to"></mat-form-field>
            </div>
            <mat-checkbox formControlName="current" [id]="'fc-job-' + i + '-current'">I currently work here</mat-checkbox>
          </fieldset> }
        </div>
        <button mat-button type="button" id="fc-add-job" (click)="addJob()">+ Add another employer</button>
        <h3>Education</h3>
        <div formArrayName="schools">
          @for (g of schools.controls; track $index; let i = $index) {
          <fieldset class="fc-block" [formGroupName]="i"><legend>School {{ i + 1 }}</legend>
            <div class="fc-grid">
              <mat-form-field appearance="fill"><mat-label>School name</mat-label><input matInput [id]="'fc-school-' + i" formControlName="school"></mat-form-field>
              <mat-form-field appearance="fill" [class]="'fc-degree-' + i"><mat-label>Degree</mat-label><mat-select formControlName="degree">@for (d of degrees; track d[0]) { <mat-option [value]="d[0]">{{ d[1] }}</mat-option> }</mat-select></mat-form-field>
              <mat-form-field appearance="fill" class="fc-wide"><mat-label>Major</mat-label><input matInput [id]="'fc-major-' + i" formControlName="major"></mat-form-field>
            </div>
          </fieldset> }
        </div>
        <button mat-button type="button" id="fc-add-school" (click)="addSchool()">+ Add another school</button>
        <mat-form-field appearance="fill" class="fc-full"><mat-label>LinkedIn profile (optional)</mat-label><input matInput id="fc-linkedin" formControlName="linkedin"></mat-form-field>
      </form>
      <div class="fc-actions"><button mat-stroked-button matStepperPrevious type="button" id="fc-back-2">Back</button><button mat-flat-button matStepperNext type="button" id="fc-next-2">Save and continue</button></div>
    </mat-step>

    <mat-step [stepControl]="eligibility" label="Eligibility">
      <form [formGroup]="eligibility">
        <label class="fc-q" id="fc-auth-label">Are you legally authorized to work in the United States? *</label>
        <mat-radio-group formControlName="authorized" name="authorized" aria-labelledby="fc-auth-label"><mat-radio-button value="Yes">Yes</mat-radio-button><mat-radio-button value="No">No</mat-radio-button></mat-radio-group>
        <label class="fc-q" id="fc-sponsor-label">Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)? *</label>
        <mat-radio-group formControlName="sponsorship" name="sponsorship" aria-labelledby="fc-sponsor-label"><mat-radio-button value="Yes">Yes</mat-radio-button><mat-radio-button value="No">No</mat-radio-button></mat-radio-group>
        <div class="fc-follow" [hidden]="eligibility.value.sponsorship !== 'Yes'">
          <mat-form-field appearance="fill" class="fc-visa"><mat-label>Which visa type?</mat-label><mat-select formControlName="visaType">@for (v of visas; track v) { <mat-option [value]="v">{{ v }}</mat-option> }</mat-select></mat-form-field>
        </div>
        <label class="fc-q" id="fc-employed-label">Are you currently employed? *</label>
        <mat-radio-group formControlName="employed" name="employed" aria-labelledby="fc-employed-label"><mat-radio-button value="Yes">Yes</mat-radio-button><mat-radio-button value="No">No</mat-radio-button></mat-radio-group>
        <div class="fc-follow fc-grid" [hidden]="eligibility.value.employed !== 'Yes'">
          <mat-form-field appearance="fill"><mat-label>Current employer</mat-label><input matInput id="fc-current-employer" formControlName="currentEmployer"></mat-form-field>
          <mat-form-field appearance="fill" class="fc-notice"><mat-label>Notice period</mat-label><mat-select formControlName="notice">@for (n of notice; track n) { <mat-option [value]="n">{{ n }}</mat-option> }</mat-select></mat-form-field>
        </div>
        <label class="fc-q" id="fc-former-label">Have you previously been employed by Ferncastle Mutual or a subsidiary? *</label>
        <mat-radio-group formControlName="former" name="former" aria-labelledby="fc-former-label"><mat-radio-button value="Yes">Yes</mat-radio-button><mat-radio-button value="No">No</mat-radio-button></mat-radio-group>
        <div class="fc-follow" [hidden]="eligibility.value.former !== 'Yes'">
          <mat-form-field appearance="fill"><mat-label>Former employee ID</mat-label><input matInput id="fc-former-id" formControlName="formerId"></mat-form-field>
        </div>
        <div class="fc-grid" style="margin-top:14px">
          <mat-form-field appearance="fill"><mat-label>Desired annual salary</mat-label><span matTextPrefix>$&nbsp;</span><input matInput id="fc-salary" type="number" formControlName="salary"></mat-form-field>
          <mat-form-field appearance="fill"><mat-label>Earliest start date</mat-label><input matInput id="fc-start" formControlName="startDate" [matDatepicker]="picker"><mat-hint>MM/DD/YYYY</mat-hint><mat-datepicker-toggle matIconSuffix [for]="picker"></mat-datepicker-toggle><mat-datepicker #picker></mat-datepicker></mat-form-field>
        </div>
      </form>
      <div class="fc-actions"><button mat-stroked-button matStepperPrevious type="button" id="fc-back-3">Back</button><button mat-flat-button matStepperNext type="button" id="fc-next-3">Save and continue</button></div>
    </mat-step>

    <mat-step [stepControl]="additional" label="Additional questions">
      <form [formGroup]="additional">
        @if (!questions()) { <div class="fc-loading"><mat-spinner diameter="28"></mat-spinner><span>Loading questions for this position…</span></div> } @else {
        <div formGroupName="answers">
          @for (q of questions(); track q.id) {
            @if (q.type === 'radio') {
              <label class="fc-q" [id]="'fc-q-' + q.id + '-label'">{{ q.text }}{{ q.required ? ' *' : '' }}</label>
              <mat-radio-group [formControlName]="q.id" [name]="'q_' + q.id" [attr.aria-labelledby]="'fc-q-' + q.id + '-label'">@for (o of q.options; track o) { <mat-radio-button [value]="o">{{ o }}</mat-radio-button> }</mat-radio-group>
            } @else if (q.type === 'select') {
              <mat-form-field appearance="fill" class="fc-full" [class]="'fc-q-' + q.id"><mat-label>{{ q.text }}</mat-label><mat-select [formControlName]="q.id">@for (o of q.options; track o) { <mat-option [value]="o">{{ o }}</mat-option> }</mat-select></mat-form-field>
            } @else if (q.type === 'textarea') {
              <mat-form-field appearance="fill" class="fc-full"><mat-label>{{ q.text }}</mat-label><textarea matInput [id]="'fc-q-' + q.id" [formControlName]="q.id" rows="4"></textarea></mat-form-field>
            } @else {
              <mat-form-field appearance="fill" class="fc-full"><mat-label>{{ q.text }}</mat-label><input matInput [id]="'fc-q-' + q.id" [formControlName]="q.id"></mat-form-field>
            }
          }
        </div> }
        <h3>Voluntary self-identification</h3>
        <p class="fc-hint">Ferncastle Mutual is an equal opportunity employer. Your answers are optional and kept separate from your application.</p>
        <div class="fc-grid">
          <mat-form-field appearance="fill" class="fc-gender"><mat-label>Gender</mat-label><mat-select formControlName="gender"><mat-option value="F">Female</mat-option><mat-option value="M">Male</mat-option><mat-option value="X">Non-binary</mat-option><mat-option value="D">I decline to self-identify</mat-option></mat-select></mat-form-field>
          <mat-form-field appearance="fill" class="fc-race"><mat-label>Race / ethnicity</mat-label><mat-select formControlName="race"><mat-option value="asian">Asian</mat-option><mat-option value="black">Black or African American</mat-option><mat-option value="hisp">Hispanic or Latino</mat-option><mat-option value="white">White</mat-option><mat-option value="two">Two or more races</mat-option><mat-option value="decline">I decline to self-identify</mat-option></mat-select></mat-form-field>
          <mat-form-field appearance="fill" class="fc-veteran"><mat-label>Veteran status</mat-label><mat-select formControlName="veteran"><mat-option value="pv">I identify as a protected veteran</mat-option><mat-option value="no">I am not a protected veteran</mat-option><mat-option value="decline">I decline to self-identify</mat-option></mat-select></mat-form-field>
          <mat-form-field appearance="fill" class="fc-disability"><mat-label>Disability status</mat-label><mat-select formControlName="disability"><mat-option value="yes">Yes, I have a disability</mat-option><mat-option value="no">No, I do not have a disability</mat-option><mat-option value="decline">I do not want to answer</mat-option></mat-select></mat-form-field>
        </div>
      </form>
      <div class="fc-actions"><button mat-stroked-button matStepperPrevious type="button" id="fc-back-4">Back</button><button mat-flat-button matStepperNext type="button" id="fc-next-4">Save and continue</button></div>
    </mat-step>

    <mat-step label="Review">
      <h3>Review your application</h3>
      <p class="fc-hint">Nothing is sent until you select Submit application.</p>
      <section class="fc-review"><h4>Contact <button mat-button type="button" class="fc-edit" (click)="stepper.selectedIndex = 0">Edit</button></h4>
        <p>{{ contact.value.firstName }} {{ contact.value.lastName }} · {{ contact.value.email }} · {{ contact.value.phone }}</p><p>{{ contact.value.street }}, {{ contact.value.city }}, {{ stateName(contact.value.state) }} {{ contact.value.zip }}</p></section>
      <section class="fc-review"><h4>Experience <button mat-button type="button" class="fc-edit" (click)="stepper.selectedIndex = 1">Edit</button></h4>
        <p>Resume: {{ experience.value.resume || '—' }}</p>@for (j of experience.value.jobs; track $index) { <p>{{ j.title }}, {{ j.employer }}{{ j.current ? ' (current)' : '' }}</p> }@for (s of experience.value.schools; track $index) { <p>{{ degreeName(s.degree) }} · {{ s.school }}</p> }</section>
      <section class="fc-review"><h4>Eligibility <button mat-button type="button" class="fc-edit" (click)="stepper.selectedIndex = 2">Edit</button></h4>
        <p>Authorized: {{ eligibility.value.authorized }} · Sponsorship: {{ eligibility.value.sponsorship }} · Employed: {{ eligibility.value.employed }}</p><p>Salary: {{ eligibility.value.salary }} · Start: {{ iso(eligibility.value.startDate) }}</p></section>
      <section class="fc-review"><h4>Additional questions <button mat-button type="button" class="fc-edit" (click)="stepper.selectedIndex = 3">Edit</button></h4>
        @for (q of (questions() || []); track q.id) { <p>{{ q.text }}: {{ additional.value.answers[q.id] || '—' }}</p> }</section>
      <div class="fc-actions"><button mat-stroked-button matStepperPrevious type="button" id="fc-back-5">Back</button><button mat-flat-button type="button" id="fc-submit" (click)="submit()">Submit application</button></div>
    </mat-step>
  </mat-stepper> }
  <pre id="model">{{ shown | json }}</pre>`,
})(Apply);

enableProdMode();
bootstrapApplication(Apply, { providers: [provideZonelessChangeDetection(), provideNativeDateAdapter()] }).catch((error) => console.error(error));

/*
 * The global careers site of a cross-border e-commerce company, Angular 22 + NG-ZORRO (Ant Design
 * for Angular). Angular compiles the template in the browser (JIT), as in the bank's Material
 * portal; the component is declared with the decorator functions called directly. nz-form rows
 * with nz-form-label [nzFor] (the label points at the input's id, or at an nz-select host that is
 * not an input), an "English name / preferred name" box, a phone nz-input-group whose addon is a
 * dial-code nz-select preset to "+86", searchable nz-selects (country, state, degree, sponsorship
 * sentences) whose options open in the CDK overlay at the end of <body>, nz-radio-button ranges,
 * nz-radio Yes / No, nz-date-picker (yyyy-MM-dd), an nz-input-number salary behind a currency
 * nz-select, an nz-upload whose file input is hidden behind a "Click to upload" button (files kept
 * in the list, not sent), an internal-referral code, a tags-mode language select, an nz-switch and
 * an nz-checkbox; a header language switch and a job search. The template-driven form's model is
 * rendered into <pre id="model">.
 */
import './angular-globals.js';
import '@angular/compiler';
import { Component, enableProdMode, provideZonelessChangeDetection } from '@angular/core';
import { JsonPipe } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { FormsModule } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideNzI18n, en_US } from 'ng-zorro-antd/i18n';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzUploadModule } from 'ng-zorro-antd/upload';
import {
  CalendarOutline, CheckOutline, CloseCircleFill, CloseOutline, DeleteOutline, DownOutline, LoadingOutline, PaperClipOutline, SearchOutline, SwapRightOutline, UploadOutline, GlobalOutline,
} from '@ant-design/icons-angular/icons';
import countries from 'world-countries';
import '../../../../node_modules/ng-zorro-antd/ng-zorro-antd.min.css';

const COUNTRIES = countries.map((country) => ({ code: country.cca2, name: country.name.common })).sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

function iso(date) {
  return date instanceof Date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : null;
}

class Careers {
  constructor() {
    this.countries = COUNTRIES;
    this.states = STATES;
    this.dialCodes = [['+86', '+86'], ['+852', '+852'], ['+65', '+65'], ['+1', '+1'], ['+44', '+44'], ['+49', '+49'], ['+81', '+81'], ['+82', '+82']];
    this.ranges = ['< 3 years', '3-5 years', '5-10 years', '10+ years'];
    this.languages = ['English', 'Mandarin', 'Cantonese', 'Spanish', 'Japanese', 'Korean'];
    this.model = {
      firstName: '', lastName: '', englishName: '', email: '', dialCode: '+86', phone: '', wechat: '', country: null, state: null, city: '',
      linkedin: '', github: '', employer: '', jobTitle: '', years: null, degree: null, school: '', authorized: null, sponsorship: null,
      relocate: null, startDate: null, currency: null, salary: null, languages: [], referralCode: '', coverLetter: '', recommend: false, consent: false,
    };
    this.fileList = [];
    this.uiLanguage = 'en';
    this.keyword = '';
    this.sent = false;
    this.beforeUpload = (file) => {
      this.fileList = [file];
      return false;
    };
  }
  get shown() {
    return { ...this.model, startDate: iso(this.model.startDate), resume: this.fileList.map((file) => file.name) };
  }
  submit(form) {
    if (form.invalid || this.fileList.length === 0 || !this.model.consent) {
      Object.values(form.controls).forEach((control) => { control.markAsDirty(); control.updateValueAndValidity(); });
      return;
    }
    this.sent = true;
  }
}

Component({
  selector: 'app-careers',
  imports: [JsonPipe, FormsModule, NzButtonModule, NzCheckboxModule, NzDatePickerModule, NzFormModule, NzInputModule, NzInputNumberModule, NzRadioModule, NzSelectModule, NzSwitchModule, NzUploadModule],
  template: `
  <header class="lf-top">
    <span class="lf-brand">LUMENFOLD · Careers</span>
    <span class="lf-top-right">
      <input nz-input class="lf-search" name="keyword" [(ngModel)]="keyword" placeholder="Search jobs" aria-label="Search jobs">
      <nz-select class="lf-lang" name="uiLanguage" [(ngModel)]="uiLanguage" nzSize="small" aria-label="Language"><nz-option nzValue="en" nzLabel="English"></nz-option><nz-option nzValue="zh" nzLabel="简体中文"></nz-option></nz-select>
    </span>
  </header>
  <main class="lf-main">
  <h1>Senior Data Engineer (Marketplace Data)</h1>
  <p class="lf-sub">Social Recruitment · San Jose, CA / Remote (US) · Data &amp; Algorithms · Job ID A218740</p>
  @if (sent) { <div class="ant-result" id="application-submitted"><h2>Application submitted</h2><p>Track its progress in your candidate account.</p></div> } @else {
  <form nz-form nzLayout="vertical" #form="ngForm" (ngSubmit)="submit(form)" novalidate id="application">
    <h3>Basic information</h3>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-first" nzRequired>First name</nz-form-label><nz-form-control nzErrorTip="Please enter your first name"><input nz-input id="lf-first" name="firstName" [(ngModel)]="model.firstName" required></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-last" nzRequired>Last name</nz-form-label><nz-form-control nzErrorTip="Please enter your last name"><input nz-input id="lf-last" name="lastName" [(ngModel)]="model.lastName" required></nz-form-control></nz-form-item>
    </div>
    <nz-form-item><nz-form-label nzFor="lf-english-name">English name / preferred name</nz-form-label><nz-form-control nzExtra="Only if you go by another name at work"><input nz-input id="lf-english-name" name="englishName" [(ngModel)]="model.englishName"></nz-form-control></nz-form-item>
    <nz-form-item><nz-form-label nzFor="lf-email" nzRequired>Email</nz-form-label><nz-form-control nzErrorTip="Please enter a valid email"><input nz-input id="lf-email" type="email" name="email" [(ngModel)]="model.email" required email></nz-form-control></nz-form-item>
    <nz-form-item>
      <nz-form-label nzFor="lf-phone" nzRequired>Mobile number</nz-form-label>
      <nz-form-control nzErrorTip="Please enter your mobile number">
        <nz-input-group nzCompact class="lf-phone-group">
          <nz-select name="dialCode" [(ngModel)]="model.dialCode" class="lf-dial" aria-label="Area code">@for (code of dialCodes; track code[0]) { <nz-option [nzValue]="code[0]" [nzLabel]="code[1]"></nz-option> }</nz-select>
          <input nz-input id="lf-phone" type="tel" name="phone" [(ngModel)]="model.phone" required style="width: calc(100% - 100px)">
        </nz-input-group>
      </nz-form-control>
    </nz-form-item>
    <nz-form-item><nz-form-label nzFor="lf-wechat">WeChat ID</nz-form-label><nz-form-control nzExtra="Optional"><input nz-input id="lf-wechat" name="wechat" [(ngModel)]="model.wechat"></nz-form-control></nz-form-item>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-country" nzRequired>Country/Region of residence</nz-form-label><nz-form-control nzErrorTip="Please select"><nz-select nzShowSearch nzAllowClear nzPlaceHolder="Please select" id="lf-country" name="country" [(ngModel)]="model.country" required>@for (country of countries; track country.code) { <nz-option [nzValue]="country.code" [nzLabel]="country.name"></nz-option> }</nz-select></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-state">State/Province</nz-form-label><nz-form-control><nz-select nzShowSearch nzPlaceHolder="Please select" id="lf-state" name="state" [(ngModel)]="model.state">@for (state of states; track state) { <nz-option [nzValue]="state" [nzLabel]="state"></nz-option> }</nz-select></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-city">City</nz-form-label><nz-form-control><input nz-input id="lf-city" name="city" [(ngModel)]="model.city"></nz-form-control></nz-form-item>
    </div>

    <h3>Experience</h3>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-employer">Most recent company</nz-form-label><nz-form-control><input nz-input id="lf-employer" name="employer" [(ngModel)]="model.employer"></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-title">Position</nz-form-label><nz-form-control><input nz-input id="lf-title" name="jobTitle" [(ngModel)]="model.jobTitle"></nz-form-control></nz-form-item>
    </div>
    <nz-form-item>
      <nz-form-label nzRequired>Work experience</nz-form-label>
      <nz-form-control nzErrorTip="Please select">
        <nz-radio-group name="years" [(ngModel)]="model.years" nzButtonStyle="solid" required class="lf-years">@for (range of ranges; track range) { <label nz-radio-button [nzValue]="range">{{ range }}</label> }</nz-radio-group>
      </nz-form-control>
    </nz-form-item>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-degree">Highest education</nz-form-label><nz-form-control><nz-select nzPlaceHolder="Please select" id="lf-degree" name="degree" [(ngModel)]="model.degree"><nz-option nzValue="college" nzLabel="Associate / College"></nz-option><nz-option nzValue="bachelor" nzLabel="Bachelor"></nz-option><nz-option nzValue="master" nzLabel="Master"></nz-option><nz-option nzValue="phd" nzLabel="PhD"></nz-option><nz-option nzValue="other" nzLabel="Other"></nz-option></nz-select></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-school">School</nz-form-label><nz-form-control><input nz-input id="lf-school" name="school" [(ngModel)]="model.school"></nz-form-control></nz-form-item>
    </div>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-linkedin">LinkedIn</nz-form-label><nz-form-control><input nz-input id="lf-linkedin" name="linkedin" [(ngModel)]="model.linkedin" placeholder="https://"></nz-form-control></nz-form-item>
      <nz-form-item><nz-form-label nzFor="lf-github">GitHub</nz-form-label><nz-form-control><input nz-input id="lf-github" name="github" [(ngModel)]="model.github" placeholder="https://"></nz-form-control></nz-form-item>
    </div>

    <h3>Questions</h3>
    <nz-form-item>
      <nz-form-label nzRequired>Are you legally authorized to work in the United States?</nz-form-label>
      <nz-form-control><nz-radio-group name="authorized" [(ngModel)]="model.authorized" required class="lf-authorized"><label nz-radio nzValue="yes">Yes</label><label nz-radio nzValue="no">No</label></nz-radio-group></nz-form-control>
    </nz-form-item>
    <nz-form-item>
      <nz-form-label nzFor="lf-sponsorship" nzRequired>Visa sponsorship</nz-form-label>
      <nz-form-control nzErrorTip="Please select"><nz-select nzPlaceHolder="Please select" id="lf-sponsorship" name="sponsorship" [(ngModel)]="model.sponsorship" required><nz-option nzValue="none" nzLabel="I do not need sponsorship"></nz-option><nz-option nzValue="transfer" nzLabel="I need an H-1B transfer"></nz-option><nz-option nzValue="new" nzLabel="I will need new sponsorship (e.g. OPT / STEM OPT)"></nz-option></nz-select></nz-form-control>
    </nz-form-item>
    <nz-form-item>
      <nz-form-label>Would you relocate to our Seattle office if needed?</nz-form-label>
      <nz-form-control><nz-radio-group name="relocate" [(ngModel)]="model.relocate" class="lf-relocate"><label nz-radio nzValue="yes">Yes</label><label nz-radio nzValue="no">No</label></nz-radio-group></nz-form-control>
    </nz-form-item>
    <div class="lf-row">
      <nz-form-item><nz-form-label nzFor="lf-start">Earliest start date</nz-form-label><nz-form-control><nz-date-picker nzId="lf-start" name="startDate" [(ngModel)]="model.startDate" nzPlaceHolder="Select date" style="width:100%"></nz-date-picker></nz-form-control></nz-form-item>
      <nz-form-item>
        <nz-form-label nzFor="lf-salary">Expected annual salary</nz-form-label>
        <nz-form-control>
          <nz-input-group nzCompact class="lf-salary-group">
            <nz-select name="currency" [(ngModel)]="model.currency" nzPlaceHolder="Currency" class="lf-currency" aria-label="Currency"><nz-option nzValue="USD" nzLabel="USD"></nz-option><nz-option nzValue="CNY" nzLabel="CNY"></nz-option><nz-option nzValue="SGD" nzLabel="SGD"></nz-option><nz-option nzValue="HKD" nzLabel="HKD"></nz-option></nz-select>
            <nz-input-number nzId="lf-salary" name="salary" [(ngModel)]="model.salary" [nzMin]="0" [nzStep]="1000" style="width: calc(100% - 110px)"></nz-input-number>
          </nz-input-group>
        </nz-form-control>
      </nz-form-item>
    </div>
    <nz-form-item><nz-form-label nzFor="lf-languages">Languages</nz-form-label><nz-form-control><nz-select nzMode="tags" nzPlaceHolder="Add languages" id="lf-languages" name="languages" [(ngModel)]="model.languages">@for (language of languages; track language) { <nz-option [nzValue]="language" [nzLabel]="language"></nz-option> }</nz-select></nz-form-control></nz-form-item>

    <h3>Attachments</h3>
    <nz-form-item>
      <nz-form-label nzRequired>Resume</nz-form-label>
      <nz-form-control nzExtra="PDF, DOC or DOCX, up to 10 MB">
        <nz-upload [(nzFileList)]="fileList" [nzBeforeUpload]="beforeUpload" nzAccept=".pdf,.doc,.docx" [nzLimit]="1" class="lf-resume"><button nz-button type="button">Click to upload</button></nz-upload>
      </nz-form-control>
    </nz-form-item>
    <nz-form-item><nz-form-label nzFor="lf-cover">Cover letter</nz-form-label><nz-form-control><textarea nz-input id="lf-cover" name="coverLetter" [(ngModel)]="model.coverLetter" rows="5"></textarea></nz-form-control></nz-form-item>
    <nz-form-item><nz-form-label nzFor="lf-referral">Internal referral code</nz-form-label><nz-form-control nzExtra="Ask the Lumenfold employee who referred you"><input nz-input id="lf-referral" name="referralCode" [(ngModel)]="model.referralCode"></nz-form-control></nz-form-item>
    <nz-form-item><nz-form-control><nz-switch name="recommend" [(ngModel)]="model.recommend" id="lf-recommend"></nz-switch> <span>Recommend other Lumenfold jobs to me</span></nz-form-control></nz-form-item>
    <nz-form-item><nz-form-control><label nz-checkbox name="consent" [(ngModel)]="model.consent" id="lf-consent">I have read and agree to the Candidate Privacy Statement</label></nz-form-control></nz-form-item>
    <button nz-button nzType="primary" type="submit" id="submit-application">Submit</button>
  </form> }
  <pre id="model">{{ shown | json }}</pre>
  </main>`,
})(Careers);

enableProdMode();
bootstrapApplication(Careers, {
  providers: [
    provideZonelessChangeDetection(),
    provideHttpClient(),
    provideNzI18n(en_US),
    provideNzNativeDateAdapter(),
    provideNzIcons([CalendarOutline, CheckOutline, CloseCircleFill, CloseOutline, DeleteOutline, DownOutline, LoadingOutline, PaperClipOutline, SearchOutline, SwapRightOutline, UploadOutline, GlobalOutline]),
  ],
}).catch((error) => console.error(error));

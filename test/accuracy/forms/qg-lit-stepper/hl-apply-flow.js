/*
 * <hl-apply-flow>: the careers site's own Lit element (open shadow root) that holds the whole
 * apply flow. Three steps swap inside the shadow root: only the current step's controls exist;
 * values live in the element's `data` and are bound back when a step is shown again. Each posting
 * passes its own custom questions (`questions`) and job; the element dispatches `hl-change` with
 * the data after every edit, and `hl-submit` once the last step validates.
 */
import { LitElement, css, html, nothing } from 'lit';

const STATES = [['', 'Select a state'], ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming']];
const DIAL = [['CA', 'Canada (+1)'], ['US', 'United States (+1)'], ['MX', 'Mexico (+52)'], ['GB', 'United Kingdom (+44)'], ['DE', 'Germany (+49)'], ['IN', 'India (+91)'], ['PH', 'Philippines (+63)']];
const COUNTRIES = [['', '—'], ['CA', 'Canada'], ['MX', 'Mexico'], ['US', 'United States'], ['GB', 'United Kingdom'], ['DE', 'Germany'], ['IN', 'India'], ['OTHER', 'Other']];
const YEARS = [['', 'Choose one'], ['0-1', 'Less than 2 years'], ['2-4', '2 – 4 years'], ['5-7', '5 – 7 years'], ['8-10', '8 – 10 years'], ['11+', 'More than 10 years']];
const EDUCATION = [['hs', 'High school diploma or GED'], ['assoc', 'Associate degree'], ['ba', 'Bachelor’s degree'], ['ma', 'Master’s degree'], ['phd', 'Doctorate'], ['none', 'None of the above']];
const HEARD = [['', 'Please choose'], ['linkedin', 'LinkedIn'], ['indeed', 'Indeed'], ['referral', 'Employee referral'], ['event', 'Career fair or event'], ['site', 'Our careers site'], ['other', 'Other']];
const GENDER = [['', 'Select'], ['f', 'Female'], ['m', 'Male'], ['x', 'Non-binary'], ['decline', 'I prefer not to say']];
const RACE = [['', 'Select'], ['aian', 'American Indian or Alaska Native'], ['asian', 'Asian'], ['black', 'Black or African American'], ['hisp', 'Hispanic or Latino'], ['nhpi', 'Native Hawaiian or Other Pacific Islander'], ['white', 'White'], ['two', 'Two or more races'], ['decline', 'I prefer not to say']];

export class HlApplyFlow extends LitElement {
  static properties = { step: { type: Number }, data: { attribute: false }, questions: { attribute: false }, error: { state: true } };

  static styles = css`
    :host { display: block; font: 15px/1.45 'Segoe UI', system-ui, sans-serif; color: #1b2a38; }
    ol.steps { display: flex; gap: 8px; list-style: none; padding: 0; margin: 0 0 18px; }
    ol.steps li { flex: 1; padding: 6px 10px; border-bottom: 3px solid #d5dde5; font-size: 13px; color: #6b7b8c; }
    ol.steps li[aria-current='step'] { border-color: #0b6e8a; color: #0b6e8a; font-weight: 600; }
    .row { display: flex; gap: 14px; } .row > .f { flex: 1; }
    .f { margin: 0 0 14px; } .f > label, .f > .q { display: block; font-weight: 600; margin-bottom: 4px; font-size: 14px; }
    input[type=text], input[type=email], input[type=tel], input[type=url], input[type=number], input[type=date], select, textarea { width: 100%; box-sizing: border-box; padding: 8px; border: 1px solid #a9b6c3; border-radius: 4px; font: inherit; }
    .tel { display: flex; gap: 6px; } .tel select { width: 210px; }
    .money { display: flex; align-items: center; gap: 6px; } .money span { color: #4a5a6a; }
    .opt { display: block; font-weight: 400; margin: 3px 0; }
    .hint { font-size: 12px; color: #5b6b7b; margin-top: 2px; }
    .actions { display: flex; justify-content: space-between; margin-top: 20px; }
    button { padding: 9px 18px; border-radius: 4px; border: 1px solid #0b6e8a; background: #0b6e8a; color: #fff; font: inherit; cursor: pointer; }
    button.back { background: #fff; color: #0b6e8a; }
    .error { color: #b00020; font-size: 13px; }
    fieldset { border: 0; padding: 0; margin: 0 0 14px; } legend { font-weight: 600; font-size: 14px; padding: 0; margin-bottom: 4px; }
  `;

  constructor() {
    super();
    this.step = 1;
    this.questions = [];
    this.error = '';
    this.data = { first_name: '', last_name: '', email: '', phone_country: 'US', phone: '', city: '', state: '', zip: '', country: '', linkedin: '', website: '', resume: null, current_employer: '', current_title: '', years: '', education: '', school: '', answers: {}, source: '', gender: '', race: '', veteran: '', disability: '', consent: false, job_alerts: false };
  }

  set(key, value) {
    this.data = { ...this.data, [key]: value };
    this.dispatchEvent(new CustomEvent('hl-change', { detail: this.data, bubbles: true, composed: true }));
  }

  answer(id, value) {
    this.set('answers', { ...this.data.answers, [id]: value });
  }

  text(key, label, { type = 'text', hint = '', required = false, autocomplete = '' } = {}) {
    const id = `hl-${key}`;
    return html`<div class="f"><label for=${id}>${label}${required ? ' *' : ''}</label>
      <input id=${id} name=${key} type=${type} autocomplete=${autocomplete || nothing} .value=${this.data[key]} ?required=${required} aria-describedby=${hint ? `${id}-hint` : nothing}
        @input=${(event) => this.set(key, event.target.value)}>
      ${hint ? html`<div class="hint" id=${`${id}-hint`}>${hint}</div>` : nothing}</div>`;
  }

  select(key, label, options, { required = false, value = this.data[key], onChange = (v) => this.set(key, v), id = `hl-${key}` } = {}) {
    return html`<div class="f"><label for=${id}>${label}${required ? ' *' : ''}</label>
      <select id=${id} name=${key} @change=${(event) => onChange(event.target.value)}>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></div>`;
  }

  radios(key, legend, options, { value = this.data[key], onChange = (v) => this.set(key, v) } = {}) {
    return html`<fieldset><legend>${legend}</legend>
      ${options.map(([v, text], index) => html`<label class="opt"><input type="radio" name=${key} id=${`hl-${key}-${index}`} value=${v} .checked=${v === value} @change=${() => onChange(v)}> ${text}</label>`)}
    </fieldset>`;
  }

  question(q) {
    const value = this.data.answers[q.id] ?? '';
    if (q.type === 'radio') return this.radios(q.id, q.label, q.options, { value, onChange: (v) => this.answer(q.id, v) });
    if (q.type === 'select') return this.select(q.id, q.label, [['', 'Select…'], ...q.options], { value, onChange: (v) => this.answer(q.id, v) });
    if (q.type === 'textarea')
      return html`<div class="f"><label for=${`hl-${q.id}`}>${q.label}</label><textarea id=${`hl-${q.id}`} name=${q.id} rows="4" .value=${value} @input=${(e) => this.answer(q.id, e.target.value)}></textarea></div>`;
    if (q.type === 'money')
      return html`<div class="f"><label for=${`hl-${q.id}`}>${q.label}</label><div class="money"><span>$</span><input id=${`hl-${q.id}`} name=${q.id} type="number" min="0" step="1000" .value=${value} @input=${(e) => this.answer(q.id, e.target.value)}><span>${q.suffix ?? ''}</span></div></div>`;
    return html`<div class="f"><label for=${`hl-${q.id}`}>${q.label}</label><input id=${`hl-${q.id}`} name=${q.id} type=${q.type} .value=${value} @input=${(e) => this.answer(q.id, e.target.value)}>${q.hint ? html`<div class="hint">${q.hint}</div>` : nothing}</div>`;
  }

  stepOne() {
    return html`
      <div class="row">${this.text('first_name', 'First name', { required: true })}${this.text('last_name', 'Last name', { required: true })}</div>
      ${this.text('email', 'Email address', { type: 'email', required: true })}
      <div class="f"><label for="hl-phone">Mobile number</label>
        <div class="tel">
          <select id="hl-phone_country" name="phone_country" aria-label="Country calling code" @change=${(e) => this.set('phone_country', e.target.value)}>
            ${DIAL.map(([v, t]) => html`<option value=${v} ?selected=${v === this.data.phone_country}>${t}</option>`)}
          </select>
          <input id="hl-phone" name="phone" type="tel" .value=${this.data.phone} @input=${(e) => this.set('phone', e.target.value)}>
        </div></div>
      <div class="row">${this.text('city', 'City')}${this.select('state', 'State', STATES)}${this.text('zip', 'ZIP code')}</div>
      ${this.select('country', 'Country of residence', COUNTRIES)}
      <div class="row">${this.text('linkedin', 'LinkedIn profile', { type: 'url' })}${this.text('website', 'Website or portfolio', { type: 'url' })}</div>
      <div class="f"><label for="hl-resume">Resume / CV *</label>
        <input id="hl-resume" name="resume" type="file" accept=".pdf,.doc,.docx" @change=${(e) => this.set('resume', e.target.files[0]?.name ?? null)}>
        <div class="hint">${this.data.resume ? `Attached: ${this.data.resume}` : 'PDF or Word, up to 5 MB'}</div></div>`;
  }

  stepTwo() {
    return html`
      <div class="row">${this.text('current_employer', 'Current or most recent employer')}${this.text('current_title', 'Job title')}</div>
      ${this.select('years', 'Total years of professional experience', YEARS, { required: true })}
      ${this.radios('education', 'Highest level of education completed', EDUCATION)}
      ${this.text('school', 'School or university')}
      ${this.questions.filter((q) => q.step === 2).map((q) => this.question(q))}`;
  }

  stepThree() {
    return html`
      ${this.questions.filter((q) => q.step === 3).map((q) => this.question(q))}
      ${this.select('source', 'How did you hear about this job?', HEARD)}
      <p class="hint">Voluntary self-identification. Answers are optional, kept apart from your application and never seen by the hiring team.</p>
      <div class="row">${this.select('gender', 'Gender', GENDER)}${this.select('race', 'Race / ethnicity', RACE)}</div>
      ${this.radios('veteran', 'Veteran status', [['protected', 'I identify as a protected veteran'], ['not', 'I am not a protected veteran'], ['decline', 'I do not wish to answer']])}
      ${this.select('disability', 'Disability status', [['', 'Select'], ['yes', 'Yes, I have a disability (or previously had one)'], ['no', 'No, I do not have a disability'], ['decline', 'I do not want to answer']])}
      <label class="opt"><input type="checkbox" id="hl-consent" name="consent" .checked=${this.data.consent} @change=${(e) => this.set('consent', e.target.checked)}> I have read the applicant privacy notice and agree to my data being processed for this application. *</label>
      <label class="opt"><input type="checkbox" id="hl-job_alerts" name="job_alerts" .checked=${this.data.job_alerts} @change=${(e) => this.set('job_alerts', e.target.checked)}> Email me when similar jobs open</label>`;
  }

  next() {
    const d = this.data;
    const missing = this.step === 1 ? !d.first_name || !d.last_name || !/@/.test(d.email) || !d.resume : this.step === 2 ? !d.years : !d.consent;
    this.error = missing ? 'Please complete the required fields marked *.' : '';
    if (missing) return;
    if (this.step < 3) this.step += 1;
    else this.dispatchEvent(new CustomEvent('hl-submit', { detail: this.data, bubbles: true, composed: true }));
  }

  render() {
    const titles = ['Your details', 'Experience', 'Final questions'];
    return html`<form novalidate @submit=${(e) => { e.preventDefault(); this.next(); }}>
      <ol class="steps">${titles.map((t, i) => html`<li aria-current=${i + 1 === this.step ? 'step' : nothing}>${i + 1}. ${t}</li>`)}</ol>
      <section aria-label=${titles[this.step - 1]}>
        ${this.step === 1 ? this.stepOne() : this.step === 2 ? this.stepTwo() : this.stepThree()}
      </section>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        ${this.step > 1 ? html`<button type="button" class="back" @click=${() => { this.step -= 1; }}>Back</button>` : html`<span></span>`}
        <button type="submit" id=${this.step < 3 ? 'hl-continue' : 'hl-send'}>${this.step < 3 ? 'Continue' : 'Submit application'}</button>
      </div>
    </form>`;
  }
}

customElements.define('hl-apply-flow', HlApplyFlow);

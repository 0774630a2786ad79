/*
 * Kestrelvale Robotics careers: the ATS's apply widget is a Lit custom element, <kv-apply>, whose
 * open shadow root renders Shoelace 2 components (so every native input sits two shadow roots
 * deep). Two steps; "Next" stays disabled until step 1 is valid. The phone box formats what is
 * typed as (###) ###-#### and ignores pasted text; "Where do you live?" suggests places 350 ms after
 * the third character and keeps only a picked suggestion; the country and years selects fetch
 * their options the first time they are opened; the start date is a native date input with
 * min = today and max = a year out. The widget's state goes to <pre id="model">.
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import { LitElement, css, html, nothing } from 'lit';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const PLACES = [
  'San Francisco, CA', 'South San Francisco, CA', 'San Francisco de Macorís, DR', 'San Fernando, CA', 'San Jose, CA', 'San Mateo, CA',
  'Santa Clara, CA', 'Sunnyvale, CA', 'Pittsburgh, PA', 'Pittsfield, MA', 'Boston, MA', 'Austin, TX', 'Seattle, WA',
];
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const pad = (n) => String(n).padStart(2, '0');
const isoDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const formatPhone = (raw) => {
  const d = raw.replace(/\D/g, '').slice(0, 10);
  if (d.length === 0) return '';
  if (d.length < 4) return `(${d}`;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};

class KvApply extends LitElement {
  static properties = {
    step: { state: true }, v: { state: true }, places: { state: true }, placeBusy: { state: true },
    lists: { state: true }, sent: { state: true },
  };

  static styles = css`
    :host { display: block; font: 15px/1.5 var(--sl-font-sans); }
    .row { display: flex; gap: 16px; } .row > * { flex: 1; }
    sl-input, sl-select, sl-textarea, sl-radio-group { margin: 14px 0; }
    .where { position: relative; }
    .where sl-menu { position: absolute; left: 0; right: 0; top: calc(100% - 10px); z-index: 10; max-height: 240px; overflow: auto; }
    .file label { font-weight: 600; display: block; margin: 14px 0 6px; }
    .steps { color: var(--sl-color-neutral-500); } .steps b { color: var(--sl-color-primary-700); }
    .nav { display: flex; justify-content: flex-end; gap: 12px; margin-top: 20px; }
  `;

  constructor() {
    super();
    this.step = 1;
    this.sent = false;
    this.places = [];
    this.placeBusy = false;
    this.lists = { country: null, years: null };
    this.v = {
      firstName: '', lastName: '', email: '', phone: '', location: null, locationText: '', country: '', linkedin: '', github: '',
      employer: '', jobTitle: '', years: '', startDate: '', salary: '', resume: null, coverLetter: '', consent: false,
      answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])),
    };
    this.timer = 0;
    this.seq = 0;
  }

  updated() {
    document.getElementById('model').textContent = JSON.stringify({ ...this.v, step: this.step });
  }

  set(key, value) { this.v = { ...this.v, [key]: value }; }
  answer(id, value) { this.v = { ...this.v, answers: { ...this.v.answers, [id]: value } }; }

  onPhone(e) {
    const input = e.target;
    const formatted = formatPhone(input.value);
    if (formatted !== input.value) input.value = formatted;
    this.set('phone', formatted);
  }

  onWhere(e) {
    const text = e.target.value;
    this.v = { ...this.v, locationText: text, location: null };
    clearTimeout(this.timer);
    if (text.trim().length < 3) { this.places = []; this.placeBusy = false; return; }
    this.placeBusy = true;
    const n = ++this.seq;
    this.timer = setTimeout(async () => {
      const found = await later(200, PLACES.filter((p) => p.toLowerCase().includes(text.trim().toLowerCase())));
      if (n !== this.seq) return;
      this.places = found;
      this.placeBusy = false;
    }, 350);
  }

  pickPlace(e) {
    const place = e.detail.item.value;
    this.places = [];
    this.v = { ...this.v, location: place, locationText: place };
    this.renderRoot.querySelector('sl-input[name=location]').value = place;
  }

  async loadList(key, source) {
    if (this.lists[key]) return;
    this.lists = { ...this.lists, [key]: 'loading' };
    this.lists = { ...this.lists, [key]: await later(600, source()) };
  }

  step1Ok() {
    const v = this.v;
    return v.firstName.trim() && v.lastName.trim() && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.email) && v.phone.length === 14 && v.location && v.country;
  }

  step2Ok() {
    const v = this.v;
    return v.years && v.startDate && v.resume && v.consent && posting.questions.every((q) => !q.required || v.answers[q.id]);
  }

  submit(e) {
    e.preventDefault();
    if (this.step2Ok()) { this.sent = true; document.getElementById('kv-done').hidden = false; }
  }

  options(key) {
    const list = this.lists[key];
    if (list === 'loading') return html`<sl-option value="" disabled><sl-spinner></sl-spinner> Loading…</sl-option>`;
    return (list ?? []).map((o) => html`<sl-option value=${o.value}>${o.label}</sl-option>`);
  }

  renderStep1() {
    const v = this.v;
    return html`
      <div class="row">
        <sl-input name="firstName" label="First name" required .value=${v.firstName} @sl-input=${(e) => this.set('firstName', e.target.value)}></sl-input>
        <sl-input name="lastName" label="Last name" required .value=${v.lastName} @sl-input=${(e) => this.set('lastName', e.target.value)}></sl-input>
      </div>
      <sl-input name="email" type="email" label="Email" required .value=${v.email} @sl-input=${(e) => this.set('email', e.target.value)}></sl-input>
      <sl-input name="phone" type="tel" label="Phone" required placeholder="(555) 555-5555" help-text="10-digit US number. Type it in; pasting is not supported."
        .value=${v.phone} @sl-input=${this.onPhone} @paste=${(e) => e.preventDefault()}></sl-input>
      <div class="where">
        <sl-input name="location" label="Where do you live?" required autocomplete="off" help-text="Start typing your city and pick it from the list"
          .value=${v.locationText} @sl-input=${this.onWhere}>
          ${this.placeBusy ? html`<sl-spinner slot="suffix"></sl-spinner>` : nothing}
        </sl-input>
        ${this.places.length ? html`<sl-menu @sl-select=${this.pickPlace}>${this.places.map((p) => html`<sl-menu-item value=${p}>${p}</sl-menu-item>`)}</sl-menu>` : nothing}
      </div>
      <sl-select name="country" label="Country" required placeholder="Select a country" .value=${v.country}
        @sl-show=${() => this.loadList('country', () => COUNTRIES)} @sl-change=${(e) => this.set('country', e.target.value)}>${this.options('country')}</sl-select>
      <sl-input name="linkedin" label="LinkedIn" .value=${v.linkedin} @sl-input=${(e) => this.set('linkedin', e.target.value)}></sl-input>
      <sl-input name="github" label="GitHub" .value=${v.github} @sl-input=${(e) => this.set('github', e.target.value)}></sl-input>
      <div class="nav"><sl-button id="kv-next" variant="primary" ?disabled=${!this.step1Ok()} @click=${() => { this.step = 2; }}>Next</sl-button></div>
    `;
  }

  renderStep2() {
    const v = this.v;
    const today = new Date();
    const max = new Date(today); max.setFullYear(max.getFullYear() + 1);
    return html`
      <div class="row">
        <sl-input name="employer" label="Current company" .value=${v.employer} @sl-input=${(e) => this.set('employer', e.target.value)}></sl-input>
        <sl-input name="jobTitle" label="Current role" .value=${v.jobTitle} @sl-input=${(e) => this.set('jobTitle', e.target.value)}></sl-input>
      </div>
      <sl-select name="years" label="Years of professional experience" required placeholder="Select" .value=${v.years}
        @sl-show=${() => this.loadList('years', () => posting.years)} @sl-change=${(e) => this.set('years', e.target.value)}>${this.options('years')}</sl-select>
      <sl-input name="startDate" type="date" label="Earliest start date" required min=${isoDay(today)} max=${isoDay(max)} .value=${v.startDate}
        @sl-input=${(e) => this.set('startDate', e.target.value)} @sl-change=${(e) => this.set('startDate', e.target.value)}></sl-input>
      <sl-input name="salary" type="number" label="Salary expectation" help-text="Yearly base, USD" .value=${v.salary} @sl-input=${(e) => this.set('salary', e.target.value)}>
        <span slot="prefix">$</span>
      </sl-input>
      ${posting.questions.map((q) => q.type === 'radio'
        ? html`<sl-radio-group name=${q.id} label=${q.label} ?required=${q.required} .value=${v.answers[q.id]} @sl-change=${(e) => this.answer(q.id, e.target.value)}>
            ${q.options.map((o) => html`<sl-radio value=${o}>${o}</sl-radio>`)}</sl-radio-group>`
        : html`<sl-input name=${q.id} label=${q.label} .value=${v.answers[q.id]} @sl-input=${(e) => this.answer(q.id, e.target.value)}></sl-input>`)}
      <div class="file"><label for="kv-resume">Resume (PDF) *</label>
        <input type="file" id="kv-resume" name="resume" accept=".pdf" @change=${(e) => this.set('resume', e.target.files[0]?.name ?? null)}></div>
      <sl-textarea name="coverLetter" label="Cover letter" rows="5" .value=${v.coverLetter} @sl-input=${(e) => this.set('coverLetter', e.target.value)}></sl-textarea>
      <sl-checkbox name="consent" ?checked=${v.consent} @sl-change=${(e) => this.set('consent', e.target.checked)}>I agree to the processing of my data under the candidate privacy notice *</sl-checkbox>
      <div class="nav">
        <sl-button @click=${() => { this.step = 1; }}>Back</sl-button>
        <sl-button id="kv-submit" type="submit" variant="primary">Submit application</sl-button>
      </div>
    `;
  }

  render() {
    if (this.sent) return html`<p>Application received.</p>`;
    return html`
      <p class="steps">${this.step === 1 ? html`<b>1. About you</b> · 2. Experience` : html`1. About you · <b>2. Experience</b>`}</p>
      <form novalidate @submit=${this.submit}>${this.step === 1 ? this.renderStep1() : this.renderStep2()}</form>
    `;
  }
}

customElements.define('kv-apply', KvApply);

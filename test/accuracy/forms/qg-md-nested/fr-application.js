/*
 * <fr-application>: Fernhollow's careers site wraps its application in a Lit element of its own
 * (open shadow root); inside it, the fields are Material Web components, each with a shadow root of
 * its own (so the native inputs sit two shadow roots deep). The element keeps the answers in
 * `values` and dispatches `fr-change` after every edit and `fr-submit` when the form validates.
 * Postings pass `questions` (rendered in the "A few questions" card).
 */
import { LitElement, css, html, nothing } from 'lit';
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/radio/radio.js';
import '@material/web/checkbox/checkbox.js';
import '@material/web/switch/switch.js';
import '@material/web/button/filled-button.js';
import '@material/web/button/filled-tonal-button.js';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

export class FrApplication extends LitElement {
  static properties = { questions: { attribute: false }, values: { state: true }, resumeName: { state: true }, error: { state: true } };

  static styles = css`
    :host { display: block; font-family: Roboto, system-ui, sans-serif; --md-sys-color-primary: #36618e; }
    .card { border: 1px solid #d6dbe1; border-radius: 16px; padding: 18px 20px; margin-bottom: 18px; background: #fff; }
    h3 { margin: 0 0 12px; font-weight: 500; font-size: 18px; }
    .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
    .wide { grid-column: 1 / -1; }
    md-outlined-text-field, md-outlined-select { width: 100%; }
    .q { margin: 12px 0 4px; font-size: 15px; }
    .choice { display: flex; align-items: center; gap: 8px; margin: 4px 0; font-size: 14px; cursor: pointer; }
    .upload { display: flex; align-items: center; gap: 12px; } .upload input { display: none; }
    .muted { color: #5f6b76; font-size: 13px; }
    .error { color: #ba1a1a; }
  `;

  constructor() {
    super();
    this.questions = [];
    this.values = {};
    this.resumeName = '';
    this.error = '';
  }

  set(name, value) {
    this.values = { ...this.values, [name]: value };
    this.dispatchEvent(new CustomEvent('fr-change', { detail: this.values, bubbles: true, composed: true }));
  }

  tf(name, label, extra = {}) {
    return html`<md-outlined-text-field class=${extra.wide ? 'wide' : ''} name=${name} label=${label} type=${extra.type ?? 'text'}
      prefix-text=${extra.prefix ?? nothing} suffix-text=${extra.suffix ?? nothing} supporting-text=${extra.help ?? nothing} ?required=${extra.required} rows=${extra.rows ?? nothing}
      .value=${this.values[name] ?? ''} @input=${(e) => this.set(name, e.target.value)}></md-outlined-text-field>`;
  }

  sel(name, label, options, extra = {}) {
    return html`<md-outlined-select class=${extra.wide ? 'wide' : ''} name=${name} label=${label} ?required=${extra.required} @change=${(e) => this.set(name, e.target.value)}>
      ${options.map(([value, text]) => html`<md-select-option value=${value}><div slot="headline">${text}</div></md-select-option>`)}
    </md-outlined-select>`;
  }

  radios(name, question, options) {
    return html`<div role="radiogroup" aria-label=${question}><div class="q">${question}</div>
      ${options.map(([value, text], i) => html`<label class="choice"><md-radio id=${`${name}-${i}`} name=${name} value=${value} @change=${() => this.set(name, value)}></md-radio>${text}</label>`)}</div>`;
  }

  question(q) {
    if (q.type === 'radio') return this.radios(q.name, q.label, q.options);
    if (q.type === 'select') return this.sel(q.name, q.label, q.options, { wide: true });
    return this.tf(q.name, q.label, { wide: true, ...q });
  }

  submit(event) {
    event.preventDefault();
    const v = this.values;
    const ok = v.first_name && v.last_name && /@/.test(v.email ?? '') && this.resumeName && v.consent;
    this.error = ok ? '' : 'Please fill in the required fields and attach your resume.';
    if (ok) this.dispatchEvent(new CustomEvent('fr-submit', { detail: v, bubbles: true, composed: true }));
  }

  render() {
    return html`<form @submit=${this.submit} novalidate>
      <div class="card"><h3>Contact information</h3><div class="grid">
        ${this.tf('first_name', 'First name', { required: true })}${this.tf('last_name', 'Last name', { required: true })}
        ${this.tf('email', 'Email', { type: 'email', required: true })}${this.tf('phone', 'Phone', { type: 'tel', prefix: '+1', help: 'US numbers only' })}
        ${this.tf('street', 'Street address', { wide: true })}
        ${this.tf('city', 'City')}${this.sel('state', 'State', [['', ''], ...STATES.map((s) => [s, s])])}
        ${this.tf('zip', 'ZIP')}${this.sel('pronouns', 'Pronouns (optional)', [['', ''], ['she', 'She/her'], ['he', 'He/him'], ['they', 'They/them'], ['self', 'Prefer to self-describe'], ['none', 'Prefer not to say']])}
      </div></div>
      <div class="card"><h3>Profile</h3><div class="grid">
        ${this.tf('linkedin', 'LinkedIn URL', { type: 'url', wide: true })}
        ${this.tf('github', 'GitHub', { prefix: 'github.com/', help: 'Your username', wide: true })}
        <div class="upload wide"><md-filled-tonal-button type="button" @click=${() => this.renderRoot.querySelector('#resume').click()}>Upload resume</md-filled-tonal-button>
          <input type="file" id="resume" name="resume" accept="application/pdf,.doc,.docx" aria-label="Resume" @change=${(e) => { this.resumeName = e.target.files[0]?.name ?? ''; this.set('resume', this.resumeName || null); }}>
          <span class="muted">${this.resumeName || 'Resume (PDF or Word) *'}</span></div>
        ${this.tf('employer', 'Current employer')}${this.tf('title', 'Current title')}
        ${this.sel('experience', 'Years of professional experience', [['', ''], ['0-2', '0–2'], ['3-5', '3–5'], ['6-8', '6–8'], ['9+', '9+']])}
        ${this.sel('degree', 'Highest degree', [['', ''], ['hs', 'High school / GED'], ['aa', 'Associate'], ['bs', 'Bachelor’s (BA/BS)'], ['ms', 'Master’s (MA/MS)'], ['phd', 'PhD'], ['other', 'Other']])}
      </div></div>
      <div class="card"><h3>A few questions</h3>
        ${this.questions.map((q) => this.question(q))}
      </div>
      <div class="card"><h3>Voluntary self-identification</h3><p class="muted">Optional. Your answers are stored separately and do not affect your application.</p><div class="grid">
        ${this.sel('gender', 'Gender', [['', ''], ['woman', 'Woman'], ['man', 'Man'], ['nb', 'Non-binary'], ['decline', 'Decline to answer']])}
        ${this.sel('veteran', 'Protected veteran status', [['', ''], ['yes', 'I am a protected veteran'], ['no', 'I am not a protected veteran'], ['decline', 'Decline to answer']])}
      </div></div>
      <label class="choice"><md-checkbox id="consent" name="consent" @change=${(e) => this.set('consent', e.target.checked)}></md-checkbox>I agree to Fernhollow processing my data to assess my application (privacy notice). *</label>
      <label class="choice"><md-switch id="future" name="future_roles" @change=${(e) => this.set('future_roles', e.target.selected)}></md-switch>Keep my profile for future openings</label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <p><md-filled-button id="fr-submit" type="submit">Submit application</md-filled-button></p>
    </form>`;
  }
}
customElements.define('fr-application', FrApplication);

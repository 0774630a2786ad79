/*
 * Orbweaver Robotics' careers site is built from its own Lit design system ("ow-*"): every control
 * is a form-associated custom element with its own open shadow root, and the label text is slotted
 * in from the light DOM. The application form <ow-apply-form> renders those controls inside its own
 * shadow root (shadow roots two deep). Beside it: a talent-network form, a job-alert box, a chat
 * bubble and a cookie banner, each a component of its own. All their state goes to <pre id="model">.
 */
import { LitElement, css, html, nothing } from 'lit';

const posting = JSON.parse(document.getElementById('ow-posting').textContent);
const state = { apply: {}, talent: {}, alert: {}, chat: {}, cookies: {}, submitted: false };
function renderModel() {
  document.getElementById('model').textContent = JSON.stringify(state, null, 1);
}

const fieldStyles = css`
  :host { display: block; margin-bottom: 14px; font: 14px/1.45 Inter, system-ui, sans-serif; color: #1c1f2a; }
  label, .legend { display: block; font-weight: 600; margin-bottom: 4px; }
  input:not([type=radio]):not([type=checkbox]), select, textarea { width: 100%; box-sizing: border-box; padding: 9px 11px; border: 1px solid #b9bfd3; border-radius: 6px; font: inherit; background: #fff; }
  input:focus, select:focus, textarea:focus { outline: 2px solid #6b4de6; border-color: transparent; }
  .help { font-size: 12px; color: #5b6178; margin-top: 3px; }
  .req { color: #c0262d; }
  .choices label { display: inline-flex; gap: 6px; font-weight: 400; margin-right: 18px; }
`;

/** Shared base: a form-associated control whose value mirrors its inner native element. */
class OwControl extends LitElement {
  static formAssociated = true;
  static properties = { name: { reflect: true }, required: { type: Boolean }, value: {}, group: {} };
  constructor() {
    super();
    this.internals = this.attachInternals();
    this.value = '';
    this.group = 'apply';
  }
  commit(value) {
    this.value = value;
    this.internals.setFormValue(value);
    state[this.group][this.name] = value;
    renderModel();
    this.dispatchEvent(new CustomEvent('ow-change', { bubbles: true, composed: true }));
  }
  connectedCallback() {
    super.connectedCallback();
    this.group = this.closest('[data-group]')?.dataset.group ?? this.getRootNode().host?.dataset.group ?? 'apply';
    if (!(this.name in state[this.group])) state[this.group][this.name] = this.initialValue();
    renderModel();
  }
  initialValue() { return ''; }
  get req() { return this.required ? html`<span class="req" aria-hidden="true"> *</span>` : nothing; }
}

class OwTextField extends OwControl {
  static styles = fieldStyles;
  static properties = { ...OwControl.properties, type: {}, placeholder: {}, autocomplete: {} };
  render() {
    return html`<label for="control"><slot></slot>${this.req}</label>
      <input id="control" part="input" type=${this.type ?? 'text'} placeholder=${this.placeholder ?? nothing}
        autocomplete=${this.autocomplete ?? nothing} ?required=${this.required} .value=${this.value}
        aria-describedby="help" @input=${(e) => this.commit(e.target.value)} @change=${(e) => this.commit(e.target.value)}>
      <div class="help" id="help"><slot name="help"></slot></div>`;
  }
}

class OwTextarea extends OwControl {
  static styles = fieldStyles;
  render() {
    return html`<label for="control"><slot></slot>${this.req}</label>
      <textarea id="control" rows="6" ?required=${this.required} .value=${this.value} aria-describedby="help"
        @input=${(e) => this.commit(e.target.value)} @change=${(e) => this.commit(e.target.value)}></textarea>
      <div class="help" id="help"><slot name="help"></slot></div>`;
  }
}

class OwSelect extends OwControl {
  static styles = fieldStyles;
  static properties = { ...OwControl.properties, options: { type: Array }, placeholder: {} };
  render() {
    return html`<label for="control"><slot></slot>${this.req}</label>
      <select id="control" ?required=${this.required} @change=${(e) => this.commit(e.target.value)}>
        <option value="" ?selected=${this.value === ''}>${this.placeholder ?? 'Select…'}</option>
        ${(this.options ?? []).map(([value, text]) => html`<option value=${value} ?selected=${this.value === value}>${text}</option>`)}
      </select>`;
  }
}

class OwRadioGroup extends OwControl {
  static styles = fieldStyles;
  static properties = { ...OwControl.properties, options: { type: Array } };
  render() {
    return html`<fieldset style="border:0;padding:0;margin:0" role="radiogroup">
      <legend class="legend"><slot></slot>${this.req}</legend>
      <div class="choices">${(this.options ?? []).map(([value, text], index) => html`<label for="opt-${index}"><input type="radio" id="opt-${index}" name="choice" value=${value}
        .checked=${this.value === value} @change=${() => this.commit(value)}>${text}</label>`)}</div></fieldset>`;
  }
}

class OwCheckbox extends OwControl {
  static styles = fieldStyles;
  initialValue() { return false; }
  render() {
    return html`<label style="font-weight:400;display:flex;gap:8px;align-items:flex-start"><input id="control" type="checkbox" .checked=${this.value === true}
      @change=${(e) => this.commit(e.target.checked)}><span><slot></slot>${this.req}</span></label>`;
  }
}

class OwFileField extends OwControl {
  static styles = fieldStyles;
  initialValue() { return null; }
  render() {
    return html`<label for="control"><slot></slot>${this.req}</label>
      <input id="control" type="file" accept=".pdf,.doc,.docx,.txt" @change=${(e) => this.commit(e.target.files[0]?.name ?? null)}>
      <div class="help"><slot name="help"></slot></div>`;
  }
}

for (const [tag, cls] of [['ow-text-field', OwTextField], ['ow-textarea', OwTextarea], ['ow-select', OwSelect], ['ow-radio-group', OwRadioGroup], ['ow-checkbox', OwCheckbox], ['ow-file-field', OwFileField]])
  customElements.define(tag, cls);

const panel = css`:host { display: block; font: 14px/1.45 Inter, system-ui, sans-serif; }
  .card { background: #fff; border: 1px solid #dcdff0; border-radius: 12px; padding: 22px 24px; }
  h2 { margin: 0 0 4px; font-size: 20px; } h3 { margin: 0 0 6px; font-size: 16px; }
  .row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
  button { background: #6b4de6; color: #fff; border: 0; border-radius: 6px; padding: 10px 18px; font: 600 14px Inter, system-ui, sans-serif; cursor: pointer; }
  button.ghost { background: #fff; color: #6b4de6; border: 1px solid #6b4de6; }
  .error { color: #c0262d; }`;

const YES_NO = [['yes', 'Yes'], ['no', 'No']];

class OwApplyForm extends LitElement {
  static styles = panel;
  static properties = { error: { state: true }, done: { state: true } };
  submit(event) {
    event.preventDefault();
    const a = state.apply;
    const missing = ['firstName', 'lastName', 'email', 'phone', 'country', 'workAuth', 'sponsorship'].filter((key) => !a[key]);
    if (!a.resume) missing.push('resume');
    if (a.privacyAck !== true) missing.push('privacyAck');
    this.error = missing.length ? `Please complete: ${missing.join(', ')}` : '';
    if (missing.length) return;
    state.submitted = true;
    renderModel();
    this.done = true;
  }
  question(q) {
    if (q.kind === 'radio') return html`<ow-radio-group name=${q.name} .options=${q.options}>${q.label}</ow-radio-group>`;
    if (q.kind === 'select') return html`<ow-select name=${q.name} .options=${q.options}>${q.label}</ow-select>`;
    return html`<ow-text-field name=${q.name}>${q.label}</ow-text-field>`;
  }
  render() {
    if (this.done) return html`<div class="card" id="ow-done" role="status"><h2>Application sent 🎉</h2><p>Thanks for applying to ${posting.title}. Our recruiting team reviews every application.</p></div>`;
    return html`<form class="card" id="ow-application" novalidate @submit=${this.submit}>
      <h2>Apply for this job</h2>
      <p style="margin-top:0;color:#5b6178">${posting.title} · ${posting.location}</p>
      <div class="row">
        <ow-text-field name="firstName" required autocomplete="given-name">First name</ow-text-field>
        <ow-text-field name="lastName" required autocomplete="family-name">Last name</ow-text-field>
      </div>
      <div class="row">
        <ow-text-field name="email" type="email" required>Email</ow-text-field>
        <ow-text-field name="phone" type="tel" required>Phone<span slot="help">Include your country code, e.g. +44 20 7946 0958</span></ow-text-field>
      </div>
      <div class="row">
        <ow-text-field name="location" placeholder="City, State">Where are you based?</ow-text-field>
        <ow-select name="country" required .options=${[['CA', 'Canada'], ['DE', 'Germany'], ['JP', 'Japan'], ['GB', 'United Kingdom'], ['US', 'United States']]}>Country of residence</ow-select>
      </div>
      <div class="row">
        <ow-text-field name="linkedin" type="url">LinkedIn</ow-text-field>
        <ow-text-field name="github" type="url">GitHub</ow-text-field>
      </div>
      <ow-text-field name="website" type="url">Personal website<span slot="help">Blog, talks, anything you'd like us to see</span></ow-text-field>
      <div class="row">
        <ow-text-field name="currentCompany">Current company</ow-text-field>
        <ow-text-field name="currentTitle">Current title</ow-text-field>
      </div>
      <div class="row">
        <ow-text-field name="yearsExperience" type="number">Years of professional experience</ow-text-field>
        <ow-select name="pronouns" .options=${[['he', 'He/him'], ['she', 'She/her'], ['they', 'They/them'], ['other', 'Something else']]} placeholder="Prefer not to say">Pronouns (optional)</ow-select>
      </div>
      <ow-radio-group name="workAuth" required .options=${YES_NO}>Are you authorized to work in the country where this job is located?</ow-radio-group>
      <ow-radio-group name="sponsorship" required .options=${YES_NO}>Will you require Orbweaver to sponsor a work visa, now or in the future?</ow-radio-group>
      <div class="row">
        <ow-text-field name="salary" type="number">Expected base salary (USD per year)</ow-text-field>
        <ow-text-field name="startDate" type="date">Earliest start date</ow-text-field>
      </div>
      ${posting.questions.map((q) => this.question(q))}
      <ow-file-field name="resume" required>Resume / CV<span slot="help">PDF, DOC or TXT · max 10 MB</span></ow-file-field>
      <ow-textarea name="coverLetter">Cover letter</ow-textarea>
      <ow-checkbox name="privacyAck" required>I have read the <a href="#">Candidate Privacy Notice</a> and agree to Orbweaver processing my application.</ow-checkbox>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <button type="submit" id="ow-submit">Submit application</button>
    </form>`;
  }
}
customElements.define('ow-apply-form', OwApplyForm);

class OwTalentNetwork extends LitElement {
  static styles = panel;
  render() {
    return html`<form class="card" @submit=${(e) => e.preventDefault()}>
      <h3>Not ready to apply? Join our talent network</h3>
      <p style="margin-top:0;color:#5b6178;font-size:13px">Leave your details and we'll reach out when something fits.</p>
      <ow-text-field name="tnName">Full name</ow-text-field>
      <ow-text-field name="tnEmail" type="email">Email</ow-text-field>
      <ow-select name="tnInterest" .options=${[['eng', 'Engineering'], ['data', 'Data & ML'], ['ops', 'Field operations'], ['gtm', 'Sales & marketing']]} placeholder="Choose an area">Area of interest</ow-select>
      <ow-text-field name="tnLinkedin" type="url">LinkedIn URL</ow-text-field>
      <ow-file-field name="tnResume">Drop your resume<span slot="help">Optional · PDF</span></ow-file-field>
      <button type="submit" class="ghost">Join</button>
    </form>`;
  }
}
customElements.define('ow-talent-network', OwTalentNetwork);

class OwJobAlert extends LitElement {
  static styles = panel;
  render() {
    return html`<form class="card" @submit=${(e) => e.preventDefault()}>
      <h3>Job alerts</h3>
      <ow-text-field name="alertEmail" type="email">Email me new jobs</ow-text-field>
      <ow-text-field name="alertLocation" placeholder="e.g. Austin, TX">Preferred location</ow-text-field>
      <button type="submit" class="ghost">Subscribe</button>
    </form>`;
  }
}
customElements.define('ow-job-alert', OwJobAlert);

class OwChatBubble extends LitElement {
  static styles = [panel, css`:host { position: fixed; right: 18px; bottom: 18px; width: 280px; z-index: 30; }
    .card { box-shadow: 0 8px 30px rgba(20,20,60,.18); padding: 14px 16px; }`];
  render() {
    return html`<div class="card" role="complementary" aria-label="Chat with Weaver, our recruiting assistant">
      <h3>👋 Chat with Weaver</h3>
      <ow-text-field name="chatName">Your name</ow-text-field>
      <ow-text-field name="chatEmail" type="email">Your email</ow-text-field>
      <button type="button">Start chat</button></div>`;
  }
}
customElements.define('ow-chat-bubble', OwChatBubble);

class OwCookieBanner extends LitElement {
  static styles = [panel, css`:host { position: fixed; left: 18px; bottom: 18px; width: 360px; z-index: 31; }
    .card { box-shadow: 0 8px 30px rgba(20,20,60,.18); padding: 14px 16px; font-size: 13px; }`];
  static properties = { closed: { state: true } };
  render() {
    if (this.closed) return nothing;
    return html`<div class="card" role="dialog" aria-label="Cookie settings">
      <strong>We value your privacy</strong>
      <p style="margin:4px 0 8px">Choose which cookies we may use. Strictly necessary cookies are always on.</p>
      <ow-checkbox name="performance">Performance &amp; analytics</ow-checkbox>
      <ow-checkbox name="targeting">Targeting &amp; advertising</ow-checkbox>
      <button type="button" @click=${() => { this.closed = true; }}>Save settings</button></div>`;
  }
}
customElements.define('ow-cookie-banner', OwCookieBanner);

class OwSiteSearch extends LitElement {
  static styles = css`input { padding: 7px 12px; border-radius: 18px; border: 1px solid #b9bfd3; width: 220px; font: 14px Inter, system-ui, sans-serif; }`;
  render() {
    return html`<form role="search" @submit=${(e) => e.preventDefault()}><input id="q" type="search" name="q" aria-label="Search jobs" placeholder="Search jobs"></form>`;
  }
}
customElements.define('ow-site-search', OwSiteSearch);
renderModel();

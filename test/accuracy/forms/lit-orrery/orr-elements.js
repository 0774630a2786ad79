/*
 * Orrery's own design-system elements, as a company ships them: Lit custom elements with open
 * shadow roots that take part in their form through ElementInternals (formAssociated), so the
 * form's FormData holds their values. The label and the native control sit together inside each
 * shadow root; selects, radio groups and checkboxes are ARIA widgets without native controls.
 */
import { LitElement, css, html, nothing } from 'lit';

const base = css`
  :host { display: block; margin: 14px 0; font: 14px/1.4 system-ui, sans-serif; }
  label, .label { display: block; font-weight: 600; margin-bottom: 4px; }
  .hint { color: #666; font-size: 12px; margin-top: 3px; }
  .box { display: flex; align-items: center; border: 1px solid #b8bcc6; border-radius: 6px; background: #fff; }
  .box input, .box textarea, .box select { flex: 1; border: 0; padding: 8px 10px; font: inherit; background: transparent; outline: none; min-width: 0; }
  .affix { padding: 0 10px; color: #555; }
  [role='listbox'] { position: absolute; z-index: 10; margin: 2px 0 0; padding: 4px; list-style: none; background: #fff; border: 1px solid #b8bcc6; border-radius: 6px; max-height: 240px; overflow: auto; min-width: 260px; }
  [role='option'] { padding: 6px 10px; border-radius: 4px; cursor: pointer; }
  [role='option'][aria-selected='true'], [role='option']:hover { background: #e8eefc; }
  button.trigger { width: 100%; text-align: left; padding: 8px 10px; border: 1px solid #b8bcc6; border-radius: 6px; background: #fff; font: inherit; }
`;

/** The shared form-associated behaviour: a name, a value in the form data, required checks. */
class OrrField extends LitElement {
  static formAssociated = true;
  static properties = { label: {}, name: { reflect: true }, hint: {}, required: { type: Boolean }, value: {} };
  constructor() {
    super();
    this.internals = this.attachInternals();
    this.value = '';
  }
  updated() {
    this.sync();
  }
  /** Hands the value to the form at once, so listeners of the change event read it in FormData. */
  sync() {
    this.internals.setFormValue(this.value || null);
    this.internals.setValidity(this.required && !this.value ? { valueMissing: true } : {}, 'Please fill in this field');
  }
  commit(value) {
    this.value = value;
    this.sync();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

export class OrrTextField extends OrrField {
  static styles = base;
  static properties = { ...OrrField.properties, type: {}, prefix: {}, suffix: {}, placeholder: {}, multiline: { type: Boolean } };
  render() {
    const input = this.multiline
      ? html`<textarea id="control" rows="5" .value=${this.value} @input=${(event) => this.commit(event.target.value)}></textarea>`
      : html`<input id="control" type=${this.type ?? 'text'} placeholder=${this.placeholder ?? ''} .value=${this.value} @input=${(event) => this.commit(event.target.value)} />`;
    return html`<label for="control">${this.label}${this.required ? ' *' : ''}</label>
      <div class="box">${this.prefix ? html`<span class="affix">${this.prefix}</span>` : nothing}${input}${this.suffix ? html`<span class="affix">${this.suffix}</span>` : nothing}</div>
      ${this.hint ? html`<div class="hint">${this.hint}</div>` : nothing}`;
  }
}

/** A button that opens a listbox of options; the chosen option's value goes into the form. */
export class OrrSelect extends OrrField {
  static styles = [base, css`:host { position: relative; }`];
  static properties = { ...OrrField.properties, options: { type: Array }, placeholder: {}, open: { state: true } };
  constructor() {
    super();
    this.options = [];
    this.open = false;
  }
  choose(option) {
    this.open = false;
    this.commit(option.value);
  }
  render() {
    const chosen = this.options.find((option) => option.value === this.value);
    return html`<span class="label" id="label">${this.label}${this.required ? ' *' : ''}</span>
      <button type="button" class="trigger" role="combobox" aria-haspopup="listbox" aria-expanded=${String(this.open)} aria-labelledby="label value" aria-controls="list" @click=${() => { this.open = !this.open; }}><span id="value">${chosen ? chosen.label : this.placeholder ?? 'Choose…'}</span></button>
      ${this.open ? html`<ul role="listbox" id="list" aria-labelledby="label">${this.options.map((option) => html`<li role="option" aria-selected=${String(option.value === this.value)} @click=${() => this.choose(option)}>${option.label}</li>`)}</ul>` : nothing}`;
  }
}

/** Radios drawn as ARIA radios (no native inputs), arrow keys move the choice. */
export class OrrRadioGroup extends OrrField {
  static styles = [base, css`.radios { display: flex; flex-wrap: wrap; gap: 8px 18px; } [role='radio'] { cursor: pointer; } [role='radio']::before { content: '○ '; } [role='radio'][aria-checked='true']::before { content: '● '; }`];
  static properties = { ...OrrField.properties, options: { type: Array } };
  constructor() {
    super();
    this.options = [];
  }
  render() {
    return html`<span class="label" id="label">${this.label}${this.required ? ' *' : ''}</span>
      <div class="radios" role="radiogroup" aria-labelledby="label">${this.options.map((option) => html`<span role="radio" tabindex=${option.value === this.value || (!this.value && option === this.options[0]) ? '0' : '-1'} aria-checked=${String(option.value === this.value)} @click=${() => this.commit(option.value)} @keydown=${(event) => { if (event.key === ' ' || event.key === 'Enter') this.commit(option.value); }}>${option.label}</span>`)}</div>`;
  }
}

/** A checkbox drawn as an ARIA checkbox; its form value is "on" when ticked. */
export class OrrCheckbox extends OrrField {
  static styles = [base, css`[role='checkbox'] { cursor: pointer; } [role='checkbox']::before { content: '☐ '; } [role='checkbox'][aria-checked='true']::before { content: '☑ '; }`];
  static properties = { ...OrrField.properties, checked: { type: Boolean } };
  sync() {
    this.internals.setFormValue(this.checked ? 'on' : null);
    this.internals.setValidity(this.required && !this.checked ? { valueMissing: true } : {}, 'Please tick this box');
  }
  toggle() {
    this.checked = !this.checked;
    this.sync();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  render() {
    return html`<span role="checkbox" tabindex="0" aria-checked=${String(Boolean(this.checked))} @click=${this.toggle} @keydown=${(event) => { if (event.key === ' ') { event.preventDefault(); this.toggle(); } }}><slot></slot></span>`;
  }
}

/** A date in three boxes (month, day, year); the form gets yyyy-mm-dd once all three are filled. */
export class OrrDateField extends OrrField {
  static styles = [base, css`.parts { display: flex; gap: 6px; align-items: center; } .parts input { width: 4em; padding: 8px; border: 1px solid #b8bcc6; border-radius: 6px; font: inherit; } .parts input.year { width: 5em; }`];
  static properties = { ...OrrField.properties, parts: { state: true } };
  constructor() {
    super();
    this.parts = { month: '', day: '', year: '' };
  }
  set(part, text) {
    this.parts = { ...this.parts, [part]: text };
    const { month, day, year } = this.parts;
    this.commit(month && day && year.length === 4 ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : '');
  }
  render() {
    const box = (part, label, size) => html`<input class=${part} aria-label=${label} inputmode="numeric" maxlength=${size} placeholder=${label === 'Year' ? 'YYYY' : label === 'Month' ? 'MM' : 'DD'} .value=${this.parts[part]} @input=${(event) => this.set(part, event.target.value)} />`;
    return html`<span class="label" id="label">${this.label}</span><div class="parts" role="group" aria-labelledby="label">${box('month', 'Month', 2)} / ${box('day', 'Day', 2)} / ${box('year', 'Year', 4)}</div>`;
  }
}

/** A file picker: a hidden native file input behind a "Choose file" button; the form gets the file. */
export class OrrFileField extends OrrField {
  static styles = [base, css`input[type='file'] { display: none; } .file { display: flex; gap: 10px; align-items: center; }`];
  static properties = { ...OrrField.properties, accept: {}, fileName: { state: true } };
  picked(event) {
    const file = event.target.files[0] ?? null;
    this.fileName = file?.name ?? '';
    this.value = file;
    this.sync();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
  sync() {
    this.internals.setFormValue(this.value || null);
    this.internals.setValidity(this.required && !this.value ? { valueMissing: true } : {}, 'Please attach a file');
  }
  render() {
    return html`<label for="file">${this.label}${this.required ? ' *' : ''}</label>
      <div class="file"><button type="button" @click=${() => this.renderRoot.getElementById('file').click()}>Choose file</button><span>${this.fileName || 'No file chosen'}</span></div>
      <input type="file" id="file" accept=${this.accept ?? ''} @change=${this.picked} />
      ${this.hint ? html`<div class="hint">${this.hint}</div>` : nothing}`;
  }
}

customElements.define('orr-text-field', OrrTextField);
customElements.define('orr-select', OrrSelect);
customElements.define('orr-radio-group', OrrRadioGroup);
customElements.define('orr-checkbox', OrrCheckbox);
customElements.define('orr-date-field', OrrDateField);
customElements.define('orr-file-field', OrrFileField);

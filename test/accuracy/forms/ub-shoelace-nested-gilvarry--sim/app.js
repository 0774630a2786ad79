/*
 * The careers site of an Irish robotics company, built as a custom element (`gr-apply-form`) whose
 * open shadow root holds the posting's application template; each section is another custom
 * element (`gr-section`) that renders its fields into its own open shadow root, and the fields are
 * Shoelace web components whose labels and native inputs live in a third shadow root. The phone is
 * a `gr-phone-field` (a fourth level) with a dial-code sl-select preset to Ireland. The values of
 * every control are rendered into <pre id="model">.
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';

const SECTION_CSS = `:host { display: block; margin: 22px 0; } h3 { font: 600 16px/1.3 var(--sl-font-sans); margin: 0 0 8px; color: #0b3954; }
  p.intro { font-size: 13px; color: #556; margin: 0 0 8px; } ::slotted(*) { display: block; }
  .stack > * { display: block; margin: 12px 0; } .row { display: flex; gap: 12px; } .row > * { flex: 1; }`;

class GrSection extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SECTION_CSS;
    const heading = document.createElement('h3');
    heading.textContent = this.getAttribute('heading') ?? '';
    const stack = document.createElement('div');
    stack.className = 'stack';
    stack.append(...this.childNodes);
    root.append(style, heading, stack);
  }
}

class GrPhoneField extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host { display: block; } .row { display: flex; gap: 8px; align-items: flex-end; } .code { width: 210px; } .num { flex: 1; }</style>
      <div class="row">
        <sl-select class="code" name="${this.getAttribute('code-name')}" label="${this.getAttribute('label')}" value="${this.getAttribute('default-code')}" hoist>
          ${this.getAttribute('codes').split('|').map((entry) => { const [value, text] = entry.split('='); return `<sl-option value="${value}">${text}</sl-option>`; }).join('')}
        </sl-select>
        <sl-input class="num" name="${this.getAttribute('name')}" type="tel" aria-label="Phone number" help-text="${this.getAttribute('help-text') ?? ''}"></sl-input>
      </div>`;
  }
}

class GrApplyForm extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const template = document.getElementById(this.getAttribute('template'));
    root.append(template.content.cloneNode(true));
    root.addEventListener('sl-input', () => this.render());
    root.addEventListener('sl-change', () => this.render());
    root.addEventListener('change', () => this.render());
    root.querySelector('#gr-submit').addEventListener('click', () => this.submit());
    Promise.all(['sl-input', 'sl-select', 'sl-radio-group', 'sl-checkbox'].map((tag) => customElements.whenDefined(tag))).then(() => setTimeout(() => this.render(), 50));
  }

  deep(selector) {
    const search = (root) => {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot && element.localName.startsWith('gr-') ? search(element.shadowRoot) : null;
        if (inner) return inner;
      }
      return null;
    };
    return search(this.shadowRoot);
  }

  controls() {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (/^sl-(input|select|textarea|radio-group|switch|checkbox)$/.test(element.localName) && element.getAttribute('name')) found.push(element);
        if (element.shadowRoot && element.localName.startsWith('gr-')) walk(element.shadowRoot);
      }
    };
    walk(this.shadowRoot);
    return found;
  }

  values() {
    const model = {};
    for (const control of this.controls()) {
      const checkable = control.localName === 'sl-switch' || control.localName === 'sl-checkbox';
      model[control.getAttribute('name')] = checkable ? control.checked : control.value;
    }
    const resume = this.deep('#gr-resume');
    model.resume = resume.files.length ? resume.files[0].name : null;
    return model;
  }

  render() {
    document.getElementById('model').textContent = JSON.stringify(this.values());
  }

  submit() {
    const model = this.values();
    const ok = model.firstName && model.lastName && /@/.test(model.email) && model.resume && model.privacy;
    this.shadowRoot.querySelector('#gr-error').hidden = Boolean(ok);
    if (!ok) return;
    this.shadowRoot.querySelector('#gr-form').hidden = true;
    this.shadowRoot.querySelector('#gr-done').hidden = false;
  }
}

customElements.define('gr-section', GrSection);
customElements.define('gr-phone-field', GrPhoneField);
customElements.define('gr-apply-form', GrApplyForm);

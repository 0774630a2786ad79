/**
 * SmartRecruiters one-click apply (jobs.smartrecruiters.com/oneclick-ui/company/<co>/publication/<id>):
 * the form is built from `spl-*` design-system web components whose label and control live in an
 * open shadow root; there is no <form> element, Submit is a button. Sections: personal
 * information (confirm email, location autocomplete, phone with its own country select preset to
 * the company's country), experience and education entries, social profiles, resume drop zone,
 * message to the hiring team, screening questions, privacy consent. The state is mirrored into
 * <pre id="model">.
 */

const css = `
  :host { display: block; margin: 14px 0; font: 14px "Open Sans", Arial, sans-serif; color: #2b2b2b; }
  label.spl-label, .spl-legend { display: block; font-weight: 600; margin-bottom: 4px; }
  .req { color: #d0021b; margin-left: 2px; }
  input[type=text], input[type=email], input[type=tel], input[type=url], input[type=date], select, textarea { width: 100%; box-sizing: border-box; padding: 8px; border: 1px solid #c6c6c6; border-radius: 4px; font: inherit; }
  textarea { min-height: 110px; }
  .hint { color: #6b6b6b; font-size: 12px; margin-top: 2px; }
  .row { display: flex; gap: 8px; }
  .row select { width: 42%; }
  ul[role=listbox] { list-style: none; margin: 2px 0 0; padding: 0; border: 1px solid #c6c6c6; background: #fff; max-height: 200px; overflow: auto; }
  li[role=option] { padding: 6px 8px; cursor: pointer; }
  li[role=option]:hover { background: #eef4ff; }
  .drop { border: 2px dashed #9bb4e8; border-radius: 6px; padding: 18px; text-align: center; }
  .drop input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  .choice { display: block; margin: 4px 0; }
`;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const req = (el) => (el.hasAttribute('required') ? '<span class="req" aria-hidden="true">*</span>' : '');
const notify = (el) => el.dispatchEvent(new CustomEvent('spl-change', { bubbles: true, composed: true }));

class SplBase extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `<style>${css}</style>${this.template()}`;
    this.wire();
  }
  get label() { return this.getAttribute('label') ?? ''; }
  get options() { return JSON.parse(this.getAttribute('options') ?? '[]'); }
  wire() {
    this.shadowRoot.querySelectorAll('input, select, textarea').forEach((control) => {
      control.addEventListener('input', () => notify(this));
      control.addEventListener('change', () => notify(this));
    });
  }
}

class SplInput extends SplBase {
  template() {
    const type = this.getAttribute('type') ?? 'text';
    const hint = this.getAttribute('hint');
    return `<label class="spl-label" for="spl-input">${esc(this.label)}${req(this)}</label>
      <input id="spl-input" part="input" type="${type}" ${this.hasAttribute('required') ? 'aria-required="true"' : ''} placeholder="${esc(this.getAttribute('placeholder') ?? '')}" autocomplete="${esc(this.getAttribute('autocomplete') ?? 'off')}">
      ${hint ? `<div class="hint">${esc(hint)}</div>` : ''}`;
  }
  get value() { return this.shadowRoot?.querySelector('input').value ?? ''; }
}

class SplTextarea extends SplBase {
  template() {
    return `<label class="spl-label" for="spl-textarea">${esc(this.label)}${req(this)}</label>
      <textarea id="spl-textarea" part="textarea" placeholder="${esc(this.getAttribute('placeholder') ?? '')}" maxlength="5000"></textarea>`;
  }
  get value() { return this.shadowRoot?.querySelector('textarea').value ?? ''; }
}

class SplSelect extends SplBase {
  template() {
    return `<label class="spl-label" for="spl-select">${esc(this.label)}${req(this)}</label>
      <select id="spl-select" part="select"><option value="">Select</option>${this.options.map((o) => `<option value="${esc(o)}">${esc(o)}</option>`).join('')}</select>`;
  }
  get value() { return this.shadowRoot?.querySelector('select').value || null; }
}

class SplCheckbox extends SplBase {
  template() {
    return `<label class="choice"><input type="checkbox" id="spl-checkbox" part="checkbox"> ${esc(this.label)}${req(this)}</label>`;
  }
  get value() { return this.shadowRoot?.querySelector('input').checked ?? false; }
}

class SplChoiceGroup extends SplBase {
  template() {
    const multi = this.getAttribute('type') === 'checkbox';
    const name = this.getAttribute('name');
    return `<fieldset style="border:0;padding:0;margin:0" ${multi ? '' : 'role="radiogroup"'} aria-labelledby="legend"><legend id="legend" class="spl-legend">${esc(this.label)}${req(this)}</legend>
      ${this.options.map((o, i) => `<label class="choice"><input type="${multi ? 'checkbox' : 'radio'}" name="${esc(name)}" id="opt-${i}" value="${esc(o)}"> ${esc(o)}</label>`).join('')}</fieldset>`;
  }
  get value() {
    const checked = Array.from(this.shadowRoot?.querySelectorAll('input:checked') ?? []).map((i) => i.value);
    return this.getAttribute('type') === 'checkbox' ? checked : (checked[0] ?? null);
  }
}

const DIAL = [
  ['Australia', '+61'], ['Canada', '+1'], ['France', '+33'], ['Germany', '+49'], ['India', '+91'], ['Ireland', '+353'],
  ['Netherlands', '+31'], ['Poland', '+48'], ['Spain', '+34'], ['United Arab Emirates', '+971'], ['United Kingdom', '+44'], ['United States', '+1'],
];

class SplPhoneField extends SplBase {
  template() {
    const preset = this.getAttribute('country') ?? 'United Kingdom';
    return `<span class="spl-legend" id="phone-label">${esc(this.label)}${req(this)}</span>
      <div class="row" role="group" aria-labelledby="phone-label">
        <select id="spl-phone-country" part="country" aria-label="Country code">${DIAL.map(([c, d]) => `<option value="${c}"${c === preset ? ' selected' : ''}>${c} (${d})</option>`).join('')}</select>
        <input id="spl-phone-number" part="input" type="tel" aria-labelledby="phone-label" placeholder="${esc(this.getAttribute('placeholder') ?? '')}">
      </div>`;
  }
  get value() {
    const root = this.shadowRoot;
    return root ? { country: root.querySelector('select').value, number: root.querySelector('input').value } : null;
  }
}

class SplAutocomplete extends SplBase {
  template() {
    return `<label class="spl-label" for="spl-autocomplete">${esc(this.label)}${req(this)}</label>
      <input id="spl-autocomplete" part="input" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="spl-listbox" autocomplete="off" placeholder="${esc(this.getAttribute('placeholder') ?? '')}">
      <ul role="listbox" id="spl-listbox" hidden></ul>`;
  }
  wire() {
    const input = this.shadowRoot.querySelector('input');
    const list = this.shadowRoot.querySelector('ul');
    const places = this.options;
    this.selected = null;
    let timer;
    input.addEventListener('input', () => {
      this.selected = null;
      notify(this);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const needle = input.value.trim().toLowerCase();
        const hits = needle.length < 2 ? [] : places.filter((p) => p.toLowerCase().includes(needle)).slice(0, 6);
        list.innerHTML = hits.map((p, i) => `<li role="option" id="opt-${i}" aria-selected="false">${esc(p)}</li>`).join('');
        list.hidden = hits.length === 0;
        input.setAttribute('aria-expanded', String(hits.length > 0));
      }, 300);
    });
    list.addEventListener('mousedown', (e) => e.preventDefault());
    list.addEventListener('click', (e) => {
      const li = e.target.closest('li');
      if (!li) return;
      this.selected = li.textContent;
      input.value = li.textContent;
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      notify(this);
    });
    input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; if (!this.selected) { input.value = ''; notify(this); } }, 200));
  }
  get value() { return this.selected ?? null; }
}

class SplDropzone extends SplBase {
  template() {
    return `<span class="spl-legend" id="dz-label">${esc(this.label)}${req(this)}</span>
      <div class="drop" role="group" aria-labelledby="dz-label"><label for="spl-file">Choose a file</label> or drop it here
        <input type="file" id="spl-file" part="file" accept=".pdf,.doc,.docx,.odt,.rtf"><div class="hint">PDF, DOC, DOCX, ODT, RTF · max 5 MB</div><div class="file-name"></div></div>`;
  }
  wire() {
    const input = this.shadowRoot.querySelector('input');
    input.addEventListener('change', () => { this.shadowRoot.querySelector('.file-name').textContent = input.files[0]?.name ?? ''; notify(this); });
  }
  get value() { return this.shadowRoot?.querySelector('input').files[0]?.name ?? null; }
}

customElements.define('spl-input', SplInput);
customElements.define('spl-textarea', SplTextarea);
customElements.define('spl-select', SplSelect);
customElements.define('spl-checkbox', SplCheckbox);
customElements.define('spl-choice-group', SplChoiceGroup);
customElements.define('spl-phone-field', SplPhoneField);
customElements.define('spl-autocomplete', SplAutocomplete);
customElements.define('spl-dropzone', SplDropzone);

const PLACES = [
  'San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco del Rincón, Guanajuato, Mexico',
  'San Jose, CA, United States', 'New York, NY, United States', 'Newark, NJ, United States', 'Boston, MA, United States',
  'London, United Kingdom', 'London, ON, Canada', 'Manchester, United Kingdom', 'Edinburgh, United Kingdom',
];

const q = (question) => {
  const attrs = `name="${esc(question.name)}" label="${esc(question.label)}"${question.required ? ' required' : ''}${question.options ? ` options="${esc(JSON.stringify(question.options))}"` : ''}${question.hint ? ` hint="${esc(question.hint)}"` : ''}${question.placeholder ? ` placeholder="${esc(question.placeholder)}"` : ''}`;
  if (question.kind === 'radio') return `<spl-choice-group type="radio" ${attrs}></spl-choice-group>`;
  if (question.kind === 'checkboxes') return `<spl-choice-group type="checkbox" ${attrs}></spl-choice-group>`;
  if (question.kind === 'select') return `<spl-select ${attrs}></spl-select>`;
  if (question.kind === 'textarea') return `<spl-textarea ${attrs}></spl-textarea>`;
  if (question.kind === 'checkbox') return `<spl-checkbox ${attrs}></spl-checkbox>`;
  return `<spl-input type="${question.kind === 'date' ? 'date' : 'text'}" ${attrs}></spl-input>`;
};

/** `posting`: { company, title, location, phoneCountry, questions: [{ name, label, kind, options?, required?, hint? }] }. */
export function renderOneClick(posting) {
  document.title = `${posting.title} - ${posting.company}`;
  document.getElementById('job-title').textContent = posting.title;
  document.getElementById('job-location').textContent = `${posting.company} · ${posting.location}`;
  const root = document.getElementById('oc-root');
  root.innerHTML = `
    <section class="oc-section" aria-labelledby="s-personal"><h2 id="s-personal">Personal information</h2>
      <spl-input name="firstName" label="First name" required autocomplete="given-name"></spl-input>
      <spl-input name="lastName" label="Last name" required autocomplete="family-name"></spl-input>
      <spl-input name="email" type="email" label="Email" required autocomplete="email"></spl-input>
      <spl-input name="confirmEmail" type="email" label="Confirm your email" required></spl-input>
      <spl-autocomplete name="location" label="Location" required placeholder="Start typing your city" options="${esc(JSON.stringify(PLACES))}"></spl-autocomplete>
      <spl-phone-field name="phoneNumber" label="Phone number" country="${esc(posting.phoneCountry)}"></spl-phone-field>
    </section>
    <section class="oc-section" aria-labelledby="s-exp"><h2 id="s-exp">Experience</h2>
      <div class="oc-entry">
        <spl-input name="experience[0].title" label="Title" required></spl-input>
        <spl-input name="experience[0].company" label="Company" required></spl-input>
        <spl-input name="experience[0].location" label="Office location"></spl-input>
        <spl-textarea name="experience[0].description" label="Description"></spl-textarea>
        <spl-input name="experience[0].startDate" label="From" placeholder="MM/YYYY"></spl-input>
        <spl-checkbox name="experience[0].current" label="I currently work here"></spl-checkbox>
      </div>
      <button type="button" class="oc-add">+ Add</button>
    </section>
    <section class="oc-section" aria-labelledby="s-edu"><h2 id="s-edu">Education</h2>
      <div class="oc-entry">
        <spl-input name="education[0].institution" label="Institution" required></spl-input>
        <spl-input name="education[0].major" label="Major"></spl-input>
        <spl-input name="education[0].degree" label="Degree"></spl-input>
        <spl-input name="education[0].endDate" label="To" placeholder="MM/YYYY" hint="Or expected"></spl-input>
      </div>
      <button type="button" class="oc-add">+ Add</button>
    </section>
    <section class="oc-section" aria-labelledby="s-web"><h2 id="s-web">On the web</h2>
      <spl-input name="web.linkedin" label="LinkedIn"></spl-input>
      <spl-input name="web.facebook" label="Facebook"></spl-input>
      <spl-input name="web.twitter" label="X (Twitter)"></spl-input>
      <spl-input name="web.website" label="Website"></spl-input>
    </section>
    <section class="oc-section" aria-labelledby="s-resume"><h2 id="s-resume">Resume</h2>
      <spl-dropzone name="resume" label="Upload your resume" required></spl-dropzone>
    </section>
    <section class="oc-section" aria-labelledby="s-msg"><h2 id="s-msg">Message to the Hiring Team</h2>
      <spl-textarea name="message" label="Your message" placeholder="Add a cover letter or a note for the hiring team"></spl-textarea>
    </section>
    <section class="oc-section" aria-labelledby="s-q"><h2 id="s-q">Questions from ${esc(posting.company)}</h2>
      ${posting.questions.map(q).join('\n')}
    </section>
    <section class="oc-section"><h2>Privacy</h2>
      <spl-checkbox name="privacyConsent" required label="I have read and agree to the ${esc(posting.company)} Privacy Policy and consent to the processing of my personal data for this application."></spl-checkbox>
      <spl-checkbox name="talentPool" label="Keep me in the talent pool: ${esc(posting.company)} may contact me about other roles for the next 12 months."></spl-checkbox>
    </section>
    <div class="oc-error" role="alert" hidden>Please fill in all required fields.</div>
    <button type="button" id="oc-submit" class="oc-submit">Submit</button>`;

  const model = document.getElementById('model');
  const controls = () => Array.from(root.querySelectorAll('[name]')).filter((el) => el.localName.startsWith('spl-'));
  const state = () => Object.fromEntries(controls().map((el) => [el.getAttribute('name'), el.value]));
  const render = () => { model.textContent = JSON.stringify(state(), null, 2); };
  root.addEventListener('spl-change', render);
  customElements.whenDefined('spl-input').then(() => requestAnimationFrame(render));
  document.getElementById('oc-submit').addEventListener('click', () => {
    const s = state();
    const missing = controls().filter((el) => el.hasAttribute('required')).map((el) => el.getAttribute('name')).filter((n) => s[n] === null || s[n] === '' || s[n] === false || (Array.isArray(s[n]) && !s[n].length));
    if (!s.phoneNumber?.number) missing.push('phoneNumber');
    root.querySelector('.oc-error').hidden = missing.length === 0;
    if (missing.length) return;
    root.hidden = true;
    document.getElementById('oc-done').hidden = false;
  });
}

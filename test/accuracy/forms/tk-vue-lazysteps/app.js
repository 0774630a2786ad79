/*
 * A staffing-software company's own Vue 3 apply flow (no component library). Three steps; each
 * step is an async component that is fetched when the step is reached (a spinner for ~0.6 s),
 * so only the current step exists in the page. Country is preset from the visitor's IP; the state
 * box is a select for the US and Canada and a text box elsewhere (v-if). "Currently employed?"
 * shows the employer block with v-show; a sponsorship "Yes" mounts a visa question (v-if). Phone,
 * salary and start date are rewritten on blur; errors are written between the label and the input.
 * The form state is shown in <pre id="model">.
 */
import { createApp, defineAsyncComponent, defineComponent, h, inject, provide, reactive, ref } from 'vue/dist/vue.esm-bundler.js';

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
  'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
  'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
const CA_PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia',
  'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'];

const pad = (n) => String(n).padStart(2, '0');
const rewrite = {
  phone(v) {
    let d = String(v).replace(/\D/g, '');
    if (d.length === 11 && d[0] === '1') d = d.slice(1);
    return d.length === 10 ? `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}` : v;
  },
  money(v) {
    const p = String(v).replace(/[$,\s]/g, '').replace(/\.00$/, '');
    return /^\d+$/.test(p) ? Number(p).toLocaleString('en-US') : v;
  },
  date(v) {
    const s = String(v).trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    if (m) return `${pad(m[2])}/${pad(m[3])}/${m[1]}`;
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    return m ? `${pad(m[1])}/${pad(m[2])}/${m[3]}` : v;
  },
};

/* A field row: label, the error (only when there is one), then the control in the slot. */
const Row = defineComponent({
  props: { label: String, for: String, error: String, required: Boolean, hint: String },
  template: `
    <div class="vs-row">
      <label :for="$props.for" class="vs-label">{{ label }}<span v-if="required" class="vs-req"> *</span></label>
      <p v-if="error" class="vs-error" role="alert">{{ error }}</p>
      <slot />
      <small v-if="hint" class="vs-hint">{{ hint }}</small>
    </div>`,
});

function useStep() {
  const form = inject('form');
  const errors = inject('errors');
  const touch = (key, kind, required) => {
    if (kind && rewrite[kind] && form[key]) form[key] = rewrite[kind](form[key]);
    errors[key] = required && !String(form[key] ?? '').trim() ? 'Required' : '';
    if (!errors[key] && key === 'zip' && form.country === 'United States' && form.zip && !/^\d{5}(-\d{4})?$/.test(form.zip))
      errors[key] = 'Enter a 5-digit ZIP code';
  };
  return { form, errors, touch, US_STATES, CA_PROVINCES };
}

const StepContact = defineComponent({
  components: { Row },
  setup: useStep,
  template: `
    <div class="vs-step">
      <h2>Contact details</h2>
      <div class="vs-two">
        <Row label="First name" for="vs-first" :error="errors.firstName" required>
          <input id="vs-first" v-model="form.firstName" autocomplete="given-name" @blur="touch('firstName', null, true)">
        </Row>
        <Row label="Last name" for="vs-last" :error="errors.lastName" required>
          <input id="vs-last" v-model="form.lastName" autocomplete="family-name" @blur="touch('lastName', null, true)">
        </Row>
      </div>
      <Row label="Email address" for="vs-email" :error="errors.email" required>
        <input id="vs-email" type="email" v-model="form.email" @blur="touch('email', null, true)">
      </Row>
      <Row label="Mobile number" for="vs-phone" :error="errors.phone" required>
        <div class="vs-addon"><span>+1</span><input id="vs-phone" type="tel" placeholder="555-555-0100" v-model="form.phone" @blur="touch('phone', 'phone', true)"></div>
      </Row>
      <Row label="Country" for="vs-country" required>
        <select id="vs-country" v-model="form.country" @change="form.region = ''">
          <option>Canada</option><option>Mexico</option><option>United Kingdom</option><option>United States</option><option>Other</option>
        </select>
      </Row>
      <Row label="Street address" for="vs-street" :error="errors.street" required>
        <input id="vs-street" v-model="form.street" autocomplete="address-line1" @blur="touch('street', null, true)">
      </Row>
      <div class="vs-three">
        <Row label="City" for="vs-city" :error="errors.city" required>
          <input id="vs-city" v-model="form.city" @blur="touch('city', null, true)">
        </Row>
        <Row v-if="form.country === 'United States' || form.country === 'Canada'" :label="form.country === 'Canada' ? 'Province' : 'State'" for="vs-region" :error="errors.region" required>
          <select id="vs-region" name="region" v-model="form.region" @blur="touch('region', null, true)">
            <option value="">Select</option>
            <option v-for="s in (form.country === 'Canada' ? CA_PROVINCES : US_STATES)" :key="s">{{ s }}</option>
          </select>
        </Row>
        <Row v-else label="State / Region" for="vs-region">
          <input id="vs-region" name="region" v-model="form.region">
        </Row>
        <Row :label="form.country === 'United States' ? 'ZIP code' : 'Postal code'" for="vs-zip" :error="errors.zip" required>
          <input id="vs-zip" v-model="form.zip" @blur="touch('zip', null, true)">
        </Row>
      </div>
    </div>`,
});

const StepExperience = defineComponent({
  components: { Row },
  setup: useStep,
  template: `
    <div class="vs-step">
      <h2>Experience</h2>
      <Row label="Resume" for="vs-resume" :error="errors.resume" required hint="PDF, DOC or DOCX">
        <input id="vs-resume" type="file" accept=".pdf,.doc,.docx" @change="form.resume = $event.target.files[0] ? $event.target.files[0].name : ''; errors.resume = ''">
      </Row>
      <Row label="LinkedIn" for="vs-linkedin">
        <input id="vs-linkedin" type="url" v-model="form.linkedin" placeholder="https://linkedin.com/in/...">
      </Row>
      <Row label="Total years of professional experience" for="vs-years" :error="errors.years" required>
        <input id="vs-years" type="number" min="0" max="60" v-model="form.years" @blur="touch('years', null, true)">
      </Row>
      <Row label="Are you currently employed?" for="vs-employed" :error="errors.employed" required>
        <select id="vs-employed" v-model="form.employed" @change="errors.employed = ''">
          <option value="">Choose...</option><option>Yes</option><option>No</option>
        </select>
      </Row>
      <div class="vs-sub" v-show="form.employed === 'Yes'">
        <Row label="Current employer" for="vs-employer">
          <input id="vs-employer" v-model="form.employer">
        </Row>
        <Row label="Current job title" for="vs-title">
          <input id="vs-title" v-model="form.title">
        </Row>
        <Row label="Notice period" for="vs-notice">
          <select id="vs-notice" v-model="form.notice">
            <option value="">Choose...</option><option>None</option><option>2 weeks</option><option>1 month</option><option>2 months or more</option>
          </select>
        </Row>
      </div>
      <Row label="Highest degree" for="vs-degree">
        <select id="vs-degree" v-model="form.degree">
          <option value="">Choose...</option><option>High School Diploma</option><option>Associate's Degree</option><option>Bachelor's Degree</option><option>Master's Degree</option><option>PhD</option>
        </select>
      </Row>
    </div>`,
});

const StepQuestions = defineComponent({
  components: { Row },
  setup: useStep,
  template: `
    <div class="vs-step">
      <h2>Eligibility &amp; preferences</h2>
      <fieldset class="vs-row vs-radios">
        <legend class="vs-label">Are you authorized to work in the US for any employer?<span class="vs-req"> *</span></legend>
        <label><input type="radio" name="authorized" value="Yes" v-model="form.authorized"> Yes</label>
        <label><input type="radio" name="authorized" value="No" v-model="form.authorized"> No</label>
      </fieldset>
      <fieldset class="vs-row vs-radios">
        <legend class="vs-label">Will you need us to sponsor a work visa, now or later?<span class="vs-req"> *</span></legend>
        <label><input type="radio" name="sponsorship" value="Yes" v-model="form.sponsorship"> Yes</label>
        <label><input type="radio" name="sponsorship" value="No" v-model="form.sponsorship"> No</label>
      </fieldset>
      <Row v-if="form.sponsorship === 'Yes'" label="Current visa status" for="vs-visa" required>
        <select id="vs-visa" v-model="form.visa">
          <option value="">Choose...</option><option>F-1 / OPT</option><option>H-1B</option><option>TN</option><option>L-1</option><option>Other</option>
        </select>
      </Row>
      <Row label="Base salary expectation" for="vs-salary" :error="errors.salary" required hint="USD per year">
        <div class="vs-addon"><span>$</span><input id="vs-salary" inputmode="numeric" v-model="form.salary" @blur="touch('salary', 'money', true)"></div>
      </Row>
      <Row label="Available start date" for="vs-start" :error="errors.start" required>
        <input id="vs-start" placeholder="MM/DD/YYYY" v-model="form.start" @blur="touch('start', 'date', true)">
      </Row>
      <Row label="Pronouns" for="vs-pronouns">
        <input id="vs-pronouns" v-model="form.pronouns" placeholder="e.g. they/them">
      </Row>
      <Row label="Anything else you'd like us to know?" for="vs-else">
        <textarea id="vs-else" rows="4" v-model="form.anythingElse"></textarea>
      </Row>
      <label class="vs-check"><input id="vs-consent" type="checkbox" v-model="form.consent"> I agree to the processing of my personal data for recruiting purposes.<span class="vs-req"> *</span></label>
    </div>`,
});

const Spinner = { template: '<div class="vs-loading" role="status"><span class="vs-spin"></span> Loading…</div>' };
const lazy = (component) =>
  defineAsyncComponent({ loader: () => new Promise((resolve) => setTimeout(() => resolve(component), 600)), loadingComponent: Spinner, delay: 0 });
const STEPS = [lazy(StepContact), lazy(StepExperience), lazy(StepQuestions)];
const REQUIRED = [
  ['firstName', 'lastName', 'email', 'phone', 'street', 'city', 'region', 'zip'],
  ['resume', 'years', 'employed'],
  ['authorized', 'sponsorship', 'salary', 'start', 'consent'],
];

const App = defineComponent({
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', country: 'United States', street: '', city: '', region: '', zip: '',
      resume: '', linkedin: '', years: '', employed: '', employer: '', title: '', notice: '', degree: '',
      authorized: '', sponsorship: '', visa: '', salary: '', start: '', pronouns: '', anythingElse: '', consent: false,
    });
    const errors = reactive({});
    provide('form', form);
    provide('errors', errors);
    const step = ref(0);
    const done = ref(false);
    const message = ref('');
    const next = () => {
      const missing = REQUIRED[step.value].filter((key) => {
        if (key === 'region' && form.country !== 'United States' && form.country !== 'Canada') return false;
        return form[key] === '' || form[key] === false;
      });
      missing.forEach((key) => { errors[key] = 'Required'; });
      if (missing.length) { message.value = 'Please complete the highlighted fields.'; return; }
      message.value = '';
      if (step.value < 2) step.value += 1;
      else done.value = true;
    };
    const back = () => { if (step.value > 0) step.value -= 1; };
    return () =>
      h('div', { class: 'vs-app' }, [
        h('ol', { class: 'vs-progress' }, ['Contact', 'Experience', 'Eligibility'].map((name, i) =>
          h('li', { class: i === step.value ? 'on' : i < step.value ? 'past' : '' }, `${i + 1}. ${name}`))),
        done.value
          ? h('p', { id: 'vs-done', class: 'vs-done' }, 'Your application is in! We will reply within five business days.')
          : h('form', { id: 'vs-form', novalidate: true, onSubmit: (e) => { e.preventDefault(); next(); } }, [
              h(STEPS[step.value], { key: step.value }),
              message.value ? h('p', { class: 'vs-error', role: 'alert' }, message.value) : null,
              h('div', { class: 'vs-nav' }, [
                step.value > 0 ? h('button', { type: 'button', id: 'vs-back', class: 'vs-btn ghost', onClick: back }, 'Back') : null,
                step.value < 2
                  ? h('button', { type: 'button', id: 'vs-next', class: 'vs-btn', onClick: next }, 'Next')
                  : h('button', { type: 'submit', id: 'vs-submit', class: 'vs-btn' }, 'Submit application'),
              ]),
            ]),
        h('pre', { id: 'model' }, JSON.stringify(form, null, 2)),
      ]);
  },
});

createApp(App).mount('#app');

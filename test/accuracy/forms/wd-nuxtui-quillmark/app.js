/*
 * Quillmark (a legal-tech startup) careers page in Nuxt with Nuxt UI v3, whose components are Reka
 * UI 2 primitives; the page reproduces the Nuxt UI arrangement with `reka-ui` directly:
 * UFormField blocks (`data-slot` root / label / container / help, label `for` a useId id),
 * USelectMenu = a ComboboxRoot whose anchor is a **trigger button** (role=combobox) showing the
 * value, with the search ComboboxInput *inside* the portalled content and the 250 countries of
 * `world-countries` in a **ComboboxVirtualizer** (only the rows in view exist); a UButtonGroup of a
 * dial-code USelectMenu ("+1" shown bare, Canada before the United States) and the phone UInput;
 * USelect (SelectRoot, hidden native select via `name`) for the state, experience ranges and the
 * graduation month + year; URadioGroup variant "card" (button role=radio inside label cards);
 * UCheckboxGroup (button role=checkbox); UInputNumber with − / + (notice weeks) and a currency one;
 * USwitch; UFileUpload (a dropzone label over a hidden input, then a file list); UTextarea.
 * Values rendered into <pre id="model">.
 */
import { createApp, defineComponent, reactive, ref, computed, useId, watchEffect } from 'vue/dist/vue.esm-bundler.js';
import * as Reka from 'reka-ui';
import countries from 'world-countries';

const COUNTRY_NAMES = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = countries
  .filter((c) => c.idd?.root)
  .map((c) => ({ code: c.cca2, name: c.name.common, dial: c.idd.root + (c.idd.suffixes?.length === 1 ? c.idd.suffixes[0] : '') }))
  .sort((a, b) => a.name.localeCompare(b.name));
const STATES = ['Alabama', 'Arizona', 'California', 'Colorado', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New York', 'Oregon', 'Texas', 'Washington', 'Not in the US'];
const RANGES = ['0-1 years', '2-4 years', '5-7 years', '8-11 years', '12+ years'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const YEARS = Array.from({ length: 40 }, (_, i) => String(2030 - i));

const UFormField = defineComponent({
  props: { label: String, help: String, required: Boolean, name: String },
  setup() { return { id: useId() }; },
  template: `
    <div data-slot="root" class="ff" :data-name="name">
      <div data-slot="wrapper"><label data-slot="label" :for="id" class="ff-label">{{ label }}<span v-if="required" class="req"> *</span></label></div>
      <div data-slot="container"><slot :id="id" :help-id="help ? id + '-help' : undefined" />
        <p v-if="help" :id="id + '-help'" data-slot="help" class="ff-help">{{ help }}</p></div>
    </div>`,
});

const App = {
  components: { ...Reka, UFormField },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', dial: null, phone: '', country: null, state: '', city: '', linkedin: '', website: '',
      employer: '', title: '', experience: '', school: '', gradMonth: '', gradYear: '', authorized: '', sponsorship: '', arrangement: [],
      salary: null, notice: null, startDate: '', resume: [], coverLetter: '', barAdmitted: '', updates: false, consent: false,
    });
    const countrySearch = ref('');
    const dialSearch = ref('');
    const filteredCountries = computed(() => COUNTRY_NAMES.filter((c) => c.toLowerCase().includes(countrySearch.value.toLowerCase())));
    const filteredDial = computed(() => DIAL.filter((d) => `${d.name} ${d.dial}`.toLowerCase().includes(dialSearch.value.toLowerCase())));
    const search = ref('');
    const chatEmail = ref('');
    const submitted = ref(false);
    const addFiles = (event) => { form.resume = Array.from(event.target.files ?? []); };
    watchEffect(() => {
      const pre = document.getElementById('model');
      if (pre) pre.textContent = JSON.stringify({ ...form, dial: form.dial ? form.dial.code : null, resume: form.resume.map((f) => f.name) }, null, 2);
    });
    const submit = () => { if (form.firstName && form.email && form.resume.length && form.consent) submitted.value = true; };
    return { form, countrySearch, dialSearch, filteredCountries, filteredDial, search, chatEmail, submitted, submit, addFiles, STATES, RANGES, MONTHS, YEARS };
  },
  template: `
  <header class="top"><b class="logo">quillmark</b><nav><a href="#">Product</a><a href="#">Customers</a><a href="#">Careers</a></nav>
    <input id="docs-search" type="search" placeholder="Search… ⌘K" aria-label="Search" v-model="search" /><a href="#" class="btn-ghost">Log in</a></header>
  <main class="page">
    <p class="eyebrow">Engineering · San Francisco or New York</p>
    <h1>Senior Data Engineer, Contract Intelligence</h1>
    <p>Quillmark reads 3 million contracts a month for in-house legal teams. You will own the pipelines that turn clauses into data.</p>
    <div v-if="submitted" id="application-received" class="card"><h2>Thanks! We'll be in touch.</h2></div>
    <form v-else id="quillmark-apply" class="card" @submit.prevent="submit" novalidate>
      <div class="grid2">
        <UFormField label="First name" required name="firstName" v-slot="{ id }"><input :id="id" name="firstName" class="u-input" v-model="form.firstName" autocomplete="given-name" /></UFormField>
        <UFormField label="Last name" required name="lastName" v-slot="{ id }"><input :id="id" name="lastName" class="u-input" v-model="form.lastName" autocomplete="family-name" /></UFormField>
      </div>
      <UFormField label="Email" required name="email" v-slot="{ id }"><input :id="id" name="email" type="email" class="u-input" v-model="form.email" placeholder="you@example.com" /></UFormField>
      <UFormField label="Phone" name="phone" v-slot="{ id }">
        <div class="button-group" data-slot="buttonGroup">
          <ComboboxRoot v-model="form.dial" :ignore-filter="true" by="code">
            <ComboboxAnchor as-child><ComboboxTrigger class="u-select dial" aria-label="Country calling code" id="dial-trigger"><span v-if="form.dial" class="dial-value">{{ form.dial.name }} ({{ form.dial.dial }})</span><span v-else class="ph">Code</span></ComboboxTrigger></ComboboxAnchor>
            <ComboboxPortal><ComboboxContent class="popover" position="popper" :side-offset="4" id="dial-content">
              <ComboboxInput v-model="dialSearch" class="u-input search" placeholder="Search..." />
              <ComboboxViewport class="viewport"><ComboboxEmpty class="empty">No data</ComboboxEmpty>
                <ComboboxItem v-for="d in filteredDial" :key="d.code" :value="d" class="item">{{ d.name }} ({{ d.dial }})</ComboboxItem>
              </ComboboxViewport>
            </ComboboxContent></ComboboxPortal>
          </ComboboxRoot>
          <input :id="id" name="phone" type="tel" class="u-input" v-model="form.phone" placeholder="555 123 4567" />
        </div>
      </UFormField>
      <UFormField label="Country" required name="country" v-slot="{ id }">
        <ComboboxRoot v-model="form.country" :ignore-filter="true">
          <ComboboxAnchor as-child><ComboboxTrigger :id="id" class="u-select"><span v-if="form.country">{{ form.country }}</span><span v-else class="ph">Select a country</span></ComboboxTrigger></ComboboxAnchor>
          <ComboboxPortal><ComboboxContent class="popover" position="popper" :side-offset="4" id="country-content">
            <ComboboxInput v-model="countrySearch" class="u-input search" placeholder="Search..." />
            <ComboboxViewport class="viewport virt"><ComboboxEmpty class="empty">No data</ComboboxEmpty>
              <ComboboxVirtualizer v-slot="{ option }" :options="filteredCountries" :text-content="(x) => x" :estimate-size="32">
                <ComboboxItem :value="option" class="item">{{ option }}</ComboboxItem>
              </ComboboxVirtualizer>
            </ComboboxViewport>
          </ComboboxContent></ComboboxPortal>
        </ComboboxRoot>
      </UFormField>
      <div class="grid2">
        <UFormField label="State" name="state" v-slot="{ id }">
          <SelectRoot v-model="form.state" name="state"><SelectTrigger :id="id" class="u-select"><SelectValue placeholder="Select a state" /></SelectTrigger>
            <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport><SelectItem v-for="s in STATES" :key="s" :value="s" class="item"><SelectItemText>{{ s }}</SelectItemText></SelectItem></SelectViewport></SelectContent></SelectPortal></SelectRoot>
        </UFormField>
        <UFormField label="City" name="city" v-slot="{ id }"><input :id="id" name="city" class="u-input" v-model="form.city" /></UFormField>
      </div>
      <div class="grid2">
        <UFormField label="Current company" name="employer" v-slot="{ id }"><input :id="id" name="employer" class="u-input" v-model="form.employer" /></UFormField>
        <UFormField label="Current title" name="title" v-slot="{ id }"><input :id="id" name="title" class="u-input" v-model="form.title" /></UFormField>
      </div>
      <UFormField label="Years of experience" required name="experience" v-slot="{ id }">
        <SelectRoot v-model="form.experience" name="experience"><SelectTrigger :id="id" class="u-select"><SelectValue placeholder="Select" /></SelectTrigger>
          <SelectPortal><SelectContent class="popover" position="popper" :side-offset="4"><SelectViewport><SelectItem v-for="r in RANGES" :key="r" :value="r" class="item"><SelectItemText>{{ r }}</SelectItemText></SelectItem></SelectViewport></SelectContent></SelectPortal></SelectRoot>
      </UFormField>
      <UFormField label="LinkedIn" name="linkedin" v-slot="{ id }"><input :id="id" name="linkedin" class="u-input" v-model="form.linkedin" placeholder="https://www.linkedin.com/in/" /></UFormField>
      <UFormField label="Personal website" name="website" v-slot="{ id }"><input :id="id" name="website" class="u-input" v-model="form.website" /></UFormField>
      <UFormField label="School" name="school" v-slot="{ id }"><input :id="id" name="school" class="u-input" v-model="form.school" /></UFormField>
      <UFormField label="Graduation date" name="graduation" help="Month and year you finished (or expect to finish) your degree" v-slot="{ id }">
        <div class="grid2">
          <SelectRoot v-model="form.gradMonth" name="gradMonth"><SelectTrigger :id="id" class="u-select" aria-label="Graduation month"><SelectValue placeholder="Month" /></SelectTrigger>
            <SelectPortal><SelectContent class="popover" position="popper"><SelectViewport><SelectItem v-for="m in MONTHS" :key="m" :value="m" class="item"><SelectItemText>{{ m }}</SelectItemText></SelectItem></SelectViewport></SelectContent></SelectPortal></SelectRoot>
          <SelectRoot v-model="form.gradYear" name="gradYear"><SelectTrigger id="grad-year" class="u-select" aria-label="Graduation year"><SelectValue placeholder="Year" /></SelectTrigger>
            <SelectPortal><SelectContent class="popover" position="popper"><SelectViewport><SelectItem v-for="y in YEARS" :key="y" :value="y" class="item"><SelectItemText>{{ y }}</SelectItemText></SelectItem></SelectViewport></SelectContent></SelectPortal></SelectRoot>
        </div>
      </UFormField>
      <fieldset class="ff"><legend class="ff-label">Are you legally authorized to work in the United States? *</legend>
        <RadioGroupRoot v-model="form.authorized" name="authorized" class="cards" orientation="horizontal">
          <label class="radio-card" v-for="o in ['Yes', 'No']" :key="o"><RadioGroupItem :value="o" class="radio" :id="'authorized-' + o"><RadioGroupIndicator class="dot" /></RadioGroupItem><span>{{ o }}</span></label>
        </RadioGroupRoot></fieldset>
      <fieldset class="ff"><legend class="ff-label">Will you now or in the future require sponsorship for employment visa status? *</legend>
        <RadioGroupRoot v-model="form.sponsorship" name="sponsorship" class="cards" orientation="horizontal">
          <label class="radio-card" v-for="o in ['Yes', 'No']" :key="o"><RadioGroupItem :value="o" class="radio" :id="'sponsorship-' + o"><RadioGroupIndicator class="dot" /></RadioGroupItem><span>{{ o }}</span></label>
        </RadioGroupRoot></fieldset>
      <fieldset class="ff"><legend class="ff-label">Which work arrangements are you open to?</legend>
        <CheckboxGroupRoot v-model="form.arrangement" name="arrangement" class="checks">
          <label class="check" v-for="o in ['In office', 'Hybrid', 'Remote']" :key="o"><CheckboxRoot :value="o" class="checkbox" :id="'arrangement-' + o"><CheckboxIndicator class="tick">✓</CheckboxIndicator></CheckboxRoot><span>{{ o }}</span></label>
        </CheckboxGroupRoot></fieldset>
      <div class="grid2">
        <UFormField label="Expected base salary (USD)" name="salary" v-slot="{ id }">
          <NumberFieldRoot v-model="form.salary" :min="0" :step="1000" :format-options="{ style: 'currency', currency: 'USD', currencyDisplay: 'code', maximumFractionDigits: 0 }" class="nf" locale="en-US">
            <NumberFieldDecrement class="nf-btn">−</NumberFieldDecrement><NumberFieldInput :id="id" class="u-input" /><NumberFieldIncrement class="nf-btn">+</NumberFieldIncrement></NumberFieldRoot>
        </UFormField>
        <UFormField label="Notice period (weeks)" name="notice" v-slot="{ id }">
          <NumberFieldRoot v-model="form.notice" :min="0" :max="26" class="nf" locale="en-US">
            <NumberFieldDecrement class="nf-btn">−</NumberFieldDecrement><NumberFieldInput :id="id" class="u-input" /><NumberFieldIncrement class="nf-btn">+</NumberFieldIncrement></NumberFieldRoot>
        </UFormField>
      </div>
      <UFormField label="When can you start?" name="startDate" v-slot="{ id }"><input :id="id" name="startDate" type="date" class="u-input" v-model="form.startDate" /></UFormField>
      <fieldset class="ff"><legend class="ff-label">Are you admitted to practice law in any US state?</legend>
        <RadioGroupRoot v-model="form.barAdmitted" name="barAdmitted" class="cards" orientation="horizontal">
          <label class="radio-card" v-for="o in ['Yes', 'No']" :key="o"><RadioGroupItem :value="o" class="radio" :id="'bar-' + o"><RadioGroupIndicator class="dot" /></RadioGroupItem><span>{{ o }}</span></label>
        </RadioGroupRoot></fieldset>
      <UFormField label="Resume" required name="resume" help="PDF, up to 10 MB" v-slot="{ id }">
        <label class="dropzone" :for="id"><span>Drop your resume here or <u>browse</u></span><input :id="id" type="file" accept=".pdf" class="sr-only" @change="addFiles" /></label>
        <ul class="files" v-if="form.resume.length"><li v-for="f in form.resume" :key="f.name">{{ f.name }}</li></ul>
      </UFormField>
      <UFormField label="Cover letter" name="coverLetter" v-slot="{ id }"><textarea :id="id" name="coverLetter" class="u-input" rows="5" v-model="form.coverLetter"></textarea></UFormField>
      <div class="switch-row"><SwitchRoot v-model="form.updates" id="updates" class="switch"><SwitchThumb class="thumb" /></SwitchRoot><label for="updates">Email me about future roles at Quillmark</label></div>
      <div class="switch-row"><CheckboxRoot v-model="form.consent" id="consent" class="checkbox"><CheckboxIndicator class="tick">✓</CheckboxIndicator></CheckboxRoot><label for="consent">I consent to Quillmark processing my data for recruiting *</label></div>
      <button type="submit" id="submit-application" class="btn">Submit application</button>
    </form>
  </main>
  <aside class="chat"><p><b>Questions?</b> Leave your email and a recruiter will reply.</p><input id="chat-email" type="email" placeholder="Email" aria-label="Email for chat" v-model="chatEmail" /></aside>`,
};

createApp(App).mount('#root');

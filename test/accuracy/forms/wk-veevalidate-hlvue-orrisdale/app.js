/*
 * Orrisdale Labs careers: a Vue 3 page whose form state lives only in vee-validate 4 (useForm with
 * a yup schema; every control is a small component calling useField, so no v-model touches a
 * local ref), drawn with Headless UI for Vue 1.7: Combobox (nullable) with an "Add …" entry for
 * text not in the list, Listbox (single and multiple), RadioGroup cards and pills (div role=radio,
 * no native radios), Switch, and plain inputs. Errors appear after the first submit. The phone rule
 * wants ten digits. The form values go to <pre id="model">.
 */
import { createApp, defineComponent, computed, ref } from 'vue/dist/vue.esm-bundler.js';
import { useForm, useField } from 'vee-validate';
import * as yup from 'yup';
import {
  Combobox, ComboboxInput, ComboboxButton, ComboboxOptions, ComboboxOption, ComboboxLabel,
  Listbox, ListboxButton, ListboxOptions, ListboxOption, ListboxLabel,
  RadioGroup, RadioGroupLabel, RadioGroupOption, RadioGroupDescription,
  Switch, SwitchGroup, SwitchLabel,
} from '@headlessui/vue';

const PLACES = ['Boston, MA', 'Cambridge, MA', 'Oakland, CA', 'San Diego, CA', 'San Francisco, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Seattle, WA', 'Remote — US'];
const EMPLOYERS = ['Benchling', 'Genentech', 'Illumina', 'Orrisdale Labs', 'Recursion', 'Tempus', '23andMe'];
const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'I live outside the US'];
const DEGREES = ['High school or equivalent', "Associate's degree", "Bachelor's degree", "Master's degree", 'PhD or MD', 'Other'];
const YEARS = [
  { value: 'lt3', name: 'Under 3 years', description: 'Early career' },
  { value: '3-6', name: '3–6 years', description: 'Mid-level' },
  { value: '7-9', name: '7–9 years', description: 'Senior' },
  { value: '10+', name: '10+ years', description: 'Staff and above' },
];
const TEAMS = ['Assay Data', 'Clinical Data', 'Data Platform', 'ML Research', 'Lab Automation'];
const HEARD = ['LinkedIn', 'Referral', 'Conference', 'University', 'Other'];
const GENDER = ['Female', 'Male', 'Non-binary', 'Decline to answer'];
const VETERAN = ['I am a protected veteran', 'I am not a protected veteran', 'Decline to answer'];

const schema = yup.object({
  firstName: yup.string().required('Enter your first name'),
  lastName: yup.string().required('Enter your last name'),
  email: yup.string().required('Enter your email').email('Enter a valid email'),
  phone: yup.string().required('Enter your phone').matches(/^\D*(\d\D*){10}$/, 'Enter a 10-digit US number'),
  location: yup.string().nullable().required('Where are you based?'),
  homeState: yup.string().nullable(),
  linkedin: yup.string().url('Enter a full URL'),
  website: yup.string().url('Enter a full URL'),
  employer: yup.string().nullable(),
  jobTitle: yup.string(),
  years: yup.string().nullable().required('Pick one'),
  degree: yup.string().nullable(),
  school: yup.string(),
  authorized: yup.string().nullable().required('Required'),
  sponsorship: yup.string().nullable().required('Required'),
  salary: yup.string().matches(/^\d*$/, 'Whole dollars, numbers only'),
  startDate: yup.string(),
  teams: yup.array(),
  resume: yup.string().required('Attach your resume'),
  coverLetter: yup.string(),
  hipaa: yup.string().nullable().required('Required'),
  heard: yup.string().nullable(),
  gender: yup.string().nullable(),
  veteran: yup.string().nullable(),
  talentPool: yup.boolean(),
  consent: yup.boolean().oneOf([true], 'Please confirm'),
});

const FieldShell = {
  props: ['id', 'label', 'hint', 'error', 'req', 'tag'],
  template: `<div class="ol-field">
    <label v-if="tag !== 'none'" :for="id" class="ol-label">{{ label }}<span v-if="req" class="ol-req"> *</span></label>
    <slot />
    <p v-if="hint" class="ol-hint">{{ hint }}</p>
    <p v-if="error" class="ol-error" role="alert">{{ error }}</p>
  </div>`,
};

const VInput = defineComponent({
  components: { FieldShell },
  props: { name: String, label: String, hint: String, req: Boolean, type: { type: String, default: 'text' }, placeholder: String, autocomplete: String, suffix: String },
  setup(props) {
    const { value, errorMessage, handleBlur } = useField(() => props.name);
    return { value, errorMessage, handleBlur };
  },
  template: `<FieldShell :id="'ol-' + name" :label="label" :hint="hint" :error="errorMessage" :req="req">
    <div :class="suffix ? 'ol-affix' : ''">
      <input :id="'ol-' + name" :name="name" :type="type" class="ol-input" :placeholder="placeholder" :autocomplete="autocomplete"
        v-model="value" @blur="handleBlur" :aria-invalid="!!errorMessage" />
      <span v-if="suffix" class="ol-suffix">{{ suffix }}</span>
    </div>
  </FieldShell>`,
});

const VTextarea = defineComponent({
  components: { FieldShell },
  props: { name: String, label: String, hint: String, req: Boolean },
  setup(props) {
    const { value, errorMessage, handleBlur } = useField(() => props.name);
    return { value, errorMessage, handleBlur };
  },
  template: `<FieldShell :id="'ol-' + name" :label="label" :hint="hint" :error="errorMessage" :req="req">
    <textarea :id="'ol-' + name" :name="name" rows="5" class="ol-input" v-model="value" @blur="handleBlur"></textarea>
  </FieldShell>`,
});

const VCombobox = defineComponent({
  components: { Combobox, ComboboxInput, ComboboxButton, ComboboxOptions, ComboboxOption, ComboboxLabel },
  props: { name: String, label: String, hint: String, req: Boolean, options: Array, allowCreate: Boolean, placeholder: String },
  setup(props) {
    const { value, errorMessage } = useField(() => props.name);
    const query = ref('');
    const filtered = computed(() => (query.value === '' ? props.options : props.options.filter((o) => o.toLowerCase().includes(query.value.toLowerCase()))));
    const canCreate = computed(() => props.allowCreate && query.value.trim() !== '' && !props.options.some((o) => o.toLowerCase() === query.value.trim().toLowerCase()));
    return { value, errorMessage, query, filtered, canCreate };
  },
  template: `<div class="ol-field">
    <Combobox v-model="value" nullable as="div" class="ol-combo">
      <ComboboxLabel class="ol-label">{{ label }}<span v-if="req" class="ol-req"> *</span></ComboboxLabel>
      <div class="ol-combo-box">
        <ComboboxInput :id="'ol-' + name + '-input'" :name="name" class="ol-input" :placeholder="placeholder" autocomplete="off"
          :display-value="(v) => v ?? ''" @change="query = $event.target.value" />
        <ComboboxButton class="ol-combo-btn" aria-label="Show options">▾</ComboboxButton>
      </div>
      <ComboboxOptions class="ol-options">
        <ComboboxOption v-if="canCreate" :value="query.trim()" v-slot="{ active }">
          <li :class="['ol-option', { active }]">Add “{{ query.trim() }}”</li>
        </ComboboxOption>
        <ComboboxOption v-for="o in filtered" :key="o" :value="o" v-slot="{ active, selected }">
          <li :class="['ol-option', { active, selected }]">{{ o }}</li>
        </ComboboxOption>
        <li v-if="!filtered.length && !canCreate" class="ol-option ol-empty">Nothing found.</li>
      </ComboboxOptions>
    </Combobox>
    <p v-if="hint" class="ol-hint">{{ hint }}</p>
    <p v-if="errorMessage" class="ol-error" role="alert">{{ errorMessage }}</p>
  </div>`,
});

const VListbox = defineComponent({
  components: { Listbox, ListboxButton, ListboxOptions, ListboxOption, ListboxLabel },
  props: { name: String, label: String, hint: String, req: Boolean, options: Array, multiple: Boolean, placeholder: { type: String, default: 'Select an option' } },
  setup(props) {
    const { value, errorMessage } = useField(() => props.name);
    const shown = computed(() => (props.multiple ? (value.value?.length ? value.value.join(', ') : props.placeholder) : value.value || props.placeholder));
    return { value, errorMessage, shown };
  },
  template: `<div class="ol-field">
    <Listbox v-model="value" :multiple="multiple" as="div" class="ol-listbox">
      <ListboxLabel class="ol-label">{{ label }}<span v-if="req" class="ol-req"> *</span></ListboxLabel>
      <ListboxButton :id="'ol-' + name + '-button'" class="ol-input ol-lb-btn"><span class="ol-lb-text">{{ shown }}</span><span aria-hidden="true">⌄</span></ListboxButton>
      <ListboxOptions class="ol-options">
        <ListboxOption v-for="o in options" :key="o" :value="o" v-slot="{ active, selected }">
          <li :class="['ol-option', { active, selected }]"><span v-if="selected">✓ </span>{{ o }}</li>
        </ListboxOption>
      </ListboxOptions>
    </Listbox>
    <p v-if="hint" class="ol-hint">{{ hint }}</p>
    <p v-if="errorMessage" class="ol-error" role="alert">{{ errorMessage }}</p>
  </div>`,
});

const VRadioCards = defineComponent({
  components: { RadioGroup, RadioGroupLabel, RadioGroupOption, RadioGroupDescription },
  props: { name: String, label: String, req: Boolean, options: Array, pills: Boolean },
  setup(props) {
    const { value, errorMessage } = useField(() => props.name);
    return { value, errorMessage };
  },
  template: `<div class="ol-field">
    <RadioGroup v-model="value" :id="'ol-' + name">
      <RadioGroupLabel class="ol-label">{{ label }}<span v-if="req" class="ol-req"> *</span></RadioGroupLabel>
      <div :class="pills ? 'ol-pills' : 'ol-cards'">
        <RadioGroupOption v-for="o in options" :key="o.value" :value="o.value" v-slot="{ checked, active }" as="template">
          <div :class="[pills ? 'ol-pill' : 'ol-card', { checked, active }]">
            <RadioGroupLabel as="p" class="ol-card-title">{{ o.name }}</RadioGroupLabel>
            <RadioGroupDescription v-if="o.description" as="p" class="ol-card-desc">{{ o.description }}</RadioGroupDescription>
          </div>
        </RadioGroupOption>
      </div>
    </RadioGroup>
    <p v-if="errorMessage" class="ol-error" role="alert">{{ errorMessage }}</p>
  </div>`,
});

const VSwitch = defineComponent({
  components: { Switch, SwitchGroup, SwitchLabel },
  props: { name: String, label: String },
  setup(props) {
    const { value } = useField(() => props.name);
    return { value };
  },
  template: `<SwitchGroup as="div" class="ol-field ol-switch-row">
    <Switch v-model="value" :id="'ol-' + name" :class="['ol-switch', { on: value }]"><span class="ol-knob" /></Switch>
    <SwitchLabel class="ol-switch-label">{{ label }}</SwitchLabel>
  </SwitchGroup>`,
});

const VFile = defineComponent({
  components: { FieldShell },
  props: { name: String, label: String, req: Boolean },
  setup(props) {
    const { value, errorMessage, handleChange } = useField(() => props.name);
    return { value, errorMessage, onFile: (e) => handleChange(e.target.files?.[0]?.name ?? '') };
  },
  template: `<FieldShell :id="'ol-' + name" :label="label" :error="errorMessage" :req="req" hint="PDF or DOCX, 5 MB max">
    <input :id="'ol-' + name" :name="name" type="file" accept=".pdf,.docx" class="ol-file" @change="onFile" />
  </FieldShell>`,
});

const VCheckbox = defineComponent({
  props: { name: String, label: String },
  setup(props) {
    const { checked, handleChange, errorMessage } = useField(() => props.name, undefined, { type: 'checkbox', checkedValue: true, uncheckedValue: false });
    return { checked, handleChange, errorMessage };
  },
  template: `<div class="ol-field"><label class="ol-check"><input :id="'ol-' + name" type="checkbox" :name="name" :checked="checked" @change="handleChange($event.target.checked)" /> {{ label }}</label>
    <p v-if="errorMessage" class="ol-error" role="alert">{{ errorMessage }}</p></div>`,
});

const App = defineComponent({
  components: { VInput, VTextarea, VCombobox, VListbox, VRadioCards, VSwitch, VFile, VCheckbox },
  setup() {
    const { values, handleSubmit } = useForm({
      validationSchema: schema,
      initialValues: {
        firstName: '', lastName: '', email: '', phone: '', location: null, homeState: null, linkedin: '', website: '', employer: null, jobTitle: '',
        years: null, degree: null, school: '', authorized: null, sponsorship: null, salary: '', startDate: '', teams: [], resume: '', coverLetter: '',
        hipaa: null, heard: null, gender: null, veteran: null, talentPool: false, consent: false,
      },
    });
    const sent = ref(false);
    const search = ref('');
    const onSubmit = handleSubmit(() => { sent.value = true; });
    const model = computed(() => JSON.stringify(values));
    return { onSubmit, sent, search, model, PLACES, EMPLOYERS, STATES, DEGREES, YEARS, TEAMS, HEARD, GENDER, VETERAN,
      YESNO: [{ value: 'yes', name: 'Yes' }, { value: 'no', name: 'No' }] };
  },
  template: `<div>
    <header class="ol-top">
      <a class="ol-logo" href="#">orrisdale<span>labs</span></a>
      <nav><a href="#">Science</a><a href="#">Platform</a><a href="#" class="cur">Careers</a></nav>
      <form class="ol-search" role="search" @submit.prevent><input id="ol-site-search" v-model="search" type="search" placeholder="Search roles" aria-label="Search roles" /></form>
      <a href="#" class="ol-login">Log in</a>
    </header>
    <main class="ol-main">
      <p class="ol-kicker">Data Platform · South San Francisco, CA · Hybrid</p>
      <h1>Senior Data Engineer, Lab Data</h1>
      <p>Orrisdale runs 40 robotic assay lines. You'll build the pipelines that bring instrument output, LIMS records and clinical data into one warehouse our scientists trust.</p>
      <form id="ol-form" novalidate @submit="onSubmit">
        <h2>About you</h2>
        <div class="ol-two"><VInput name="firstName" label="First name" req autocomplete="given-name" /><VInput name="lastName" label="Last name" req autocomplete="family-name" /></div>
        <VInput name="email" label="Email" type="email" req />
        <VInput name="phone" label="Mobile number" type="tel" req hint="US numbers only — 10 digits" />
        <VCombobox name="location" label="Where are you based?" req :options="PLACES" allow-create placeholder="City, state" hint="Not listed? Type it and pick “Add”." />
        <VListbox name="homeState" label="State of residence" :options="STATES" />
        <div class="ol-two"><VInput name="linkedin" label="LinkedIn" placeholder="https://www.linkedin.com/in/…" /><VInput name="website" label="Personal website" placeholder="https://" /></div>
        <h2>Experience</h2>
        <VCombobox name="employer" label="Current employer" :options="EMPLOYERS" allow-create placeholder="Company name" hint="Start typing; add it if it isn't listed." />
        <VInput name="jobTitle" label="Current title" />
        <VRadioCards name="years" label="Years of hands-on data engineering" req :options="YEARS" />
        <div class="ol-two"><VListbox name="degree" label="Highest degree" :options="DEGREES" /><VInput name="school" label="School" /></div>
        <VListbox name="teams" label="Which teams would you like to hear from?" :options="TEAMS" multiple placeholder="Choose any" />
        <h2>Eligibility</h2>
        <VRadioCards name="authorized" label="Are you authorized to work in the United States?" req :options="YESNO" pills />
        <VRadioCards name="sponsorship" label="Will you now or in the future require visa sponsorship?" req :options="YESNO" pills />
        <div class="ol-two"><VInput name="salary" label="Desired annual salary" suffix="USD" hint="Whole dollars, numbers only" /><VInput name="startDate" label="Earliest start date" type="date" /></div>
        <h2>Documents</h2>
        <VFile name="resume" label="Resume" req />
        <VTextarea name="coverLetter" label="Cover letter" hint="Optional" />
        <VRadioCards name="hipaa" label="Have you worked with HIPAA-regulated or clinical-trial data?" req :options="YESNO" pills />
        <VListbox name="heard" label="How did you hear about us?" :options="HEARD" />
        <h2>Voluntary self-identification</h2>
        <div class="ol-two"><VListbox name="gender" label="Gender" :options="GENDER" /><VListbox name="veteran" label="Veteran status" :options="VETERAN" /></div>
        <VSwitch name="talentPool" label="Keep me in Orrisdale's talent pool for future roles" />
        <VCheckbox name="consent" label="I consent to Orrisdale Labs processing my personal data to evaluate my application." />
        <button id="ol-submit" type="submit" class="ol-submit">Submit application</button>
        <p v-if="sent" id="ol-sent" class="ol-sent">Thanks — we received your application.</p>
      </form>
    </main>
    <pre id="model">{{ model }}</pre>
  </div>`,
});

createApp(App).mount('#app');

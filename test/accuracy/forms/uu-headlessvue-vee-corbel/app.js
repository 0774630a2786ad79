/*
 * Corbel Health Analytics (a Berlin digital-health company opening a San Francisco office) careers
 * page: Vue 3 + Headless UI for Vue 1.7 + VeeValidate 4 (useForm with a function schema,
 * defineField for the plain inputs, setFieldValue for the widgets). The application is a TabGroup
 * "1 Profile / 2 Experience / 3 Questions" whose panels stay mounted but hidden (:unmount="false"),
 * moved on by one "Continue" button that validates the tab. Exercises: a dial-code Listbox preset to
 * Germany ("🇩🇪 +49"; "Canada +1" before "United States +1") beside the phone; a Combobox whose
 * places arrive 250 ms after typing and which keeps only a picked place; RadioGroups whose options
 * carry a description line; a Listbox with "Bachelor’s degree" (typographic apostrophe); a
 * multiple Listbox of skills (leave); follow-ups shown with v-show when "currently employed";
 * sponsorship asked as a Switch that must stay off; MM/DD/YYYY text date; "$" + native pay-period
 * select; relocation Switch, "how did you hear" and gender Listboxes left alone. The form state is
 * rendered into <pre id="model">.
 */
import { createApp, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { useForm } from 'vee-validate';
import {
  Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Listbox, ListboxButton, ListboxLabel, ListboxOption, ListboxOptions,
  RadioGroup, RadioGroupDescription, RadioGroupLabel, RadioGroupOption, Switch, SwitchGroup, SwitchLabel, Tab, TabGroup, TabList, TabPanel, TabPanels,
} from '@headlessui/vue';

const DIAL = [
  { code: 'DE', flag: '🇩🇪', name: 'Germany', dial: '+49' }, { code: 'AT', flag: '🇦🇹', name: 'Austria', dial: '+43' }, { code: 'CH', flag: '🇨🇭', name: 'Switzerland', dial: '+41' },
  { code: 'NL', flag: '🇳🇱', name: 'Netherlands', dial: '+31' }, { code: 'GB', flag: '🇬🇧', name: 'United Kingdom', dial: '+44' }, { code: 'CA', flag: '🇨🇦', name: 'Canada', dial: '+1' },
  { code: 'US', flag: '🇺🇸', name: 'United States', dial: '+1' }, { code: 'IN', flag: '🇮🇳', name: 'India', dial: '+91' },
];
const PLACES = [
  'San Francisco, California', 'South San Francisco, California', 'San Francisco, Córdoba', 'San Fernando, California', 'Santa Clara, California',
  'San Mateo, California', 'Oakland, California', 'Berlin, Germany', 'Boston, Massachusetts', 'Cambridge, Massachusetts', 'New York, New York', 'Austin, Texas',
];
const searchPlaces = (q) => new Promise((resolve) => setTimeout(() => resolve(q.trim().length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q.trim().toLowerCase()))), 250));

const Pick = {
  components: { Listbox, ListboxButton, ListboxLabel, ListboxOption, ListboxOptions },
  props: { modelValue: { default: null }, label: String, options: Array, name: String, multiple: Boolean, placeholder: { type: String, default: 'Select…' } },
  emits: ['update:modelValue'],
  template: `
    <div class="cb-field" :class="'cb-' + name">
      <Listbox :modelValue="modelValue" @update:modelValue="$emit('update:modelValue', $event)" :multiple="multiple">
        <ListboxLabel class="cb-label">{{ label }}</ListboxLabel>
        <div class="cb-rel">
          <ListboxButton class="cb-control cb-listbtn">{{ multiple ? (modelValue.length ? modelValue.join(', ') : placeholder) : (modelValue ?? placeholder) }}</ListboxButton>
          <ListboxOptions class="cb-menu">
            <ListboxOption v-for="o in options" :key="o" :value="o" v-slot="{ active, selected }" as="template">
              <li class="cb-item" :class="{ active, selected }">{{ o }}</li>
            </ListboxOption>
          </ListboxOptions>
        </div>
      </Listbox>
    </div>`,
};

const Choice = {
  components: { RadioGroup, RadioGroupDescription, RadioGroupLabel, RadioGroupOption },
  props: { modelValue: { default: null }, label: String, options: Array, name: String, row: Boolean },
  emits: ['update:modelValue'],
  template: `
    <div class="cb-field" :class="'cb-' + name">
      <RadioGroup :modelValue="modelValue" @update:modelValue="$emit('update:modelValue', $event)">
        <RadioGroupLabel class="cb-label">{{ label }}</RadioGroupLabel>
        <div class="cb-cards" :class="{ row }">
          <RadioGroupOption v-for="o in options" :key="o.value" :value="o.value" v-slot="{ checked }" as="template">
            <div class="cb-card" :class="{ checked }">
              <RadioGroupLabel as="span" class="cb-opt-label">{{ o.value }}</RadioGroupLabel>
              <RadioGroupDescription v-if="o.hint" as="span" class="cb-opt-hint">{{ o.hint }}</RadioGroupDescription>
            </div>
          </RadioGroupOption>
        </div>
      </RadioGroup>
    </div>`,
};

const App = {
  components: { Pick, Choice, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Listbox, ListboxButton, ListboxLabel, ListboxOption, ListboxOptions, Switch, SwitchGroup, SwitchLabel, Tab, TabGroup, TabList, TabPanel, TabPanels },
  setup() {
    const tab = ref(0);
    const sent = ref(false);
    const { values, errors, defineField, setFieldValue, validate, handleSubmit } = useForm({
      initialValues: {
        firstName: '', familyName: '', email: '', dialCode: 'DE', phone: '', location: null, pronouns: null,
        resume: '', linkedin: '', portfolio: '', employed: null, employer: '', jobTitle: '', years: null, education: null, skills: [],
        authorized: null, needsSponsorship: false, startDate: '', salary: '', payPeriod: '', hl7: null, whyCorbel: '', relocate: false, heard: null, gender: null, consent: false,
      },
      validationSchema: {
        firstName: (v) => !!v || 'Please enter your first name',
        familyName: (v) => !!v || 'Please enter your family name',
        email: (v) => /.+@.+\..+/.test(v) || 'Please enter a valid email',
        resume: (v) => !!v || 'Please attach your resume',
        startDate: (v) => !v || /^\d{2}\/\d{2}\/\d{4}$/.test(v) || 'Use MM/DD/YYYY',
        consent: (v) => v === true || 'Please confirm',
      },
    });
    const [firstName] = defineField('firstName'); const [familyName] = defineField('familyName'); const [email] = defineField('email');
    const [phone] = defineField('phone'); const [linkedin] = defineField('linkedin'); const [portfolio] = defineField('portfolio');
    const [employer] = defineField('employer'); const [jobTitle] = defineField('jobTitle'); const [startDate] = defineField('startDate');
    const [salary] = defineField('salary'); const [payPeriod] = defineField('payPeriod'); const [whyCorbel] = defineField('whyCorbel'); const [consent] = defineField('consent');
    const TAB_FIELDS = [['firstName', 'familyName', 'email'], ['resume'], ['startDate', 'consent']];
    const next = async () => {
      const result = await validate();
      const bad = TAB_FIELDS[tab.value].some((f) => result.errors[f]);
      if (!bad) tab.value += 1;
    };
    const submit = handleSubmit(() => { sent.value = true; });
    const query = ref('');
    const places = ref([]);
    let seq = 0;
    watch(query, async (q) => { const n = ++seq; const found = await searchPlaces(q); if (n === seq) places.value = found; });
    watch(values, (v) => { document.getElementById('model').textContent = JSON.stringify({ tab: tab.value + 1, ...v }, null, 2); }, { deep: true, immediate: true });
    const dial = (code) => DIAL.find((d) => d.code === code);
    return {
      tab, sent, values, errors, setFieldValue, next, submit, query, places, DIAL, dial,
      firstName, familyName, email, phone, linkedin, portfolio, employer, jobTitle, startDate, salary, payPeriod, whyCorbel, consent,
      yesNo: [{ value: 'Yes' }, { value: 'No' }],
    };
  },
  template: `
    <div v-if="sent" id="cb-done" class="cb-done">Danke! Your application reached the Corbel talent team. We reply to everyone within ten working days.</div>
    <form v-else id="cb-form" novalidate @submit.prevent="submit">
      <p class="cb-kicker">Data Platform · San Francisco, CA (hybrid)</p>
      <h1>Senior Data Engineer, Clinical Data</h1>
      <p>Corbel turns hospital records into quality measures for 300 clinics in Germany and, from next year, the US. You will build the pipelines that bring FHIR and claims feeds into our lakehouse.</p>
      <TabGroup :selectedIndex="tab" @change="tab = $event">
        <TabList class="cb-tabs">
          <Tab v-for="(t, i) in ['1  Profile', '2  Experience', '3  Questions']" :key="t" v-slot="{ selected }" as="template"><button type="button" class="cb-tab" :class="{ selected }">{{ t }}</button></Tab>
        </TabList>
        <TabPanels>
          <TabPanel :unmount="false">
            <div class="cb-cols">
              <div class="cb-field"><label for="cb-firstName" class="cb-label">First name</label><input id="cb-firstName" name="firstName" class="cb-control" v-model="firstName" /><small class="cb-err">{{ errors.firstName }}</small></div>
              <div class="cb-field"><label for="cb-familyName" class="cb-label">Family name</label><input id="cb-familyName" name="familyName" class="cb-control" v-model="familyName" /><small class="cb-err">{{ errors.familyName }}</small></div>
            </div>
            <div class="cb-field"><label for="cb-email" class="cb-label">Email</label><input id="cb-email" name="email" type="email" class="cb-control" v-model="email" /><small class="cb-err">{{ errors.email }}</small></div>
            <div class="cb-field cb-phone">
              <label for="cb-phone" class="cb-label">Phone</label>
              <div class="cb-phone-row">
                <Listbox :modelValue="values.dialCode" @update:modelValue="setFieldValue('dialCode', $event)">
                  <div class="cb-rel cb-dial">
                    <ListboxButton class="cb-control cb-listbtn" aria-label="Country code">{{ dial(values.dialCode).flag }} {{ dial(values.dialCode).dial }}</ListboxButton>
                    <ListboxOptions class="cb-menu cb-menu-wide">
                      <ListboxOption v-for="d in DIAL" :key="d.code" :value="d.code" v-slot="{ active, selected }" as="template"><li class="cb-item" :class="{ active, selected }">{{ d.name }} {{ d.dial }}</li></ListboxOption>
                    </ListboxOptions>
                  </div>
                </Listbox>
                <input id="cb-phone" name="phone" type="tel" class="cb-control" v-model="phone" placeholder="Phone number" />
              </div>
            </div>
            <div class="cb-field cb-location">
              <Combobox :modelValue="values.location" @update:modelValue="setFieldValue('location', $event)" nullable>
                <label class="cb-label" for="cb-location">Where do you live?</label>
                <div class="cb-rel">
                  <ComboboxInput id="cb-location" class="cb-control" :displayValue="(p) => p ?? ''" @change="query = $event.target.value" placeholder="Start typing a city" autocomplete="off" />
                  <ComboboxOptions class="cb-menu">
                    <ComboboxOption v-for="p in places" :key="p" :value="p" v-slot="{ active, selected }" as="template"><li class="cb-item" :class="{ active, selected }">{{ p }}</li></ComboboxOption>
                  </ComboboxOptions>
                </div>
              </Combobox>
            </div>
            <Pick name="pronouns" label="Pronouns" :options="['she/her/hers', 'he/him/his', 'they/them/theirs', 'Another pronoun', 'Prefer not to say']" :modelValue="values.pronouns" @update:modelValue="setFieldValue('pronouns', $event)" />
          </TabPanel>

          <TabPanel :unmount="false">
            <div class="cb-field">
              <span class="cb-label">Resume</span>
              <div class="cb-drop">
                <label for="cb-resume" class="cb-upload">{{ values.resume || 'Upload a file' }}<input id="cb-resume" name="resume" type="file" class="sr-only" accept=".pdf,.doc,.docx" @change="setFieldValue('resume', $event.target.files[0]?.name ?? '')" /></label>
                <span class="cb-hint">or drag and drop · PDF or DOCX up to 10 MB</span>
              </div>
              <small class="cb-err">{{ errors.resume }}</small>
            </div>
            <div class="cb-field"><label for="cb-linkedin" class="cb-label">LinkedIn</label><input id="cb-linkedin" name="linkedin" type="url" class="cb-control" v-model="linkedin" /></div>
            <div class="cb-field"><label for="cb-portfolio" class="cb-label">Portfolio</label><input id="cb-portfolio" name="portfolio" type="url" class="cb-control" v-model="portfolio" /></div>
            <Choice name="employed" label="Are you currently employed?" row :options="[{ value: 'Yes', hint: 'Full-time or part-time' }, { value: 'No', hint: 'Between roles, studying or on leave' }]" :modelValue="values.employed" @update:modelValue="setFieldValue('employed', $event)" />
            <div class="cb-cols" v-show="values.employed === 'Yes'">
              <div class="cb-field"><label for="cb-employer" class="cb-label">Employer</label><input id="cb-employer" name="employer" class="cb-control" v-model="employer" /></div>
              <div class="cb-field"><label for="cb-jobTitle" class="cb-label">Your title</label><input id="cb-jobTitle" name="jobTitle" class="cb-control" v-model="jobTitle" /></div>
            </div>
            <Choice name="years" label="How many years have you worked professionally?" row :options="[{ value: '0–2 years' }, { value: '3–5 years' }, { value: '6–9 years' }, { value: '10+ years' }]" :modelValue="values.years" @update:modelValue="setFieldValue('years', $event)" />
            <Pick name="education" label="Highest completed education" :options="['Abitur / high school', 'Vocational training (Ausbildung)', 'Bachelor’s degree', 'Master’s degree / Diplom', 'Doctorate']" :modelValue="values.education" @update:modelValue="setFieldValue('education', $event)" />
            <Pick name="skills" label="Skills" multiple placeholder="Choose any that apply" :options="['dbt', 'FHIR / HL7', 'Kafka', 'Python', 'Spark', 'SQL', 'Terraform']" :modelValue="values.skills" @update:modelValue="setFieldValue('skills', $event)" />
          </TabPanel>

          <TabPanel :unmount="false">
            <Choice name="authorized" label="Are you legally authorized to work in the United States?" :options="[{ value: 'Yes', hint: 'For any employer, without restrictions' }, { value: 'No', hint: 'Or only with restrictions' }]" :modelValue="values.authorized" @update:modelValue="setFieldValue('authorized', $event)" />
            <div class="cb-field">
              <SwitchGroup>
                <div class="cb-switch-row">
                  <Switch id="cb-sponsorship" :modelValue="values.needsSponsorship" @update:modelValue="setFieldValue('needsSponsorship', $event)" class="cb-switch" :class="{ on: values.needsSponsorship }"><span class="sr-only">Toggle sponsorship</span><span class="cb-knob"></span></Switch>
                  <SwitchLabel class="cb-switch-label">I will require visa sponsorship now or in the future</SwitchLabel>
                </div>
              </SwitchGroup>
            </div>
            <div class="cb-field"><label for="cb-startDate" class="cb-label">Earliest start date</label><input id="cb-startDate" name="startDate" class="cb-control" v-model="startDate" placeholder="MM/DD/YYYY" /><small class="cb-err">{{ errors.startDate }}</small></div>
            <div class="cb-cols">
              <div class="cb-field"><label for="cb-salary" class="cb-label">Salary expectation</label><div class="cb-money"><span>$</span><input id="cb-salary" name="salary" inputmode="numeric" v-model="salary" /></div></div>
              <div class="cb-field"><label for="cb-payPeriod" class="cb-label">Pay period</label><select id="cb-payPeriod" name="payPeriod" class="cb-control" v-model="payPeriod"><option value="">Select…</option><option value="hour">per hour</option><option value="month">per month</option><option value="year">per year</option></select></div>
            </div>
            <Choice name="hl7" label="Have you worked with HL7 v2 or FHIR data?" row :options="[{ value: 'Yes' }, { value: 'No' }, { value: 'A little' }]" :modelValue="values.hl7" @update:modelValue="setFieldValue('hl7', $event)" />
            <div class="cb-field"><label for="cb-whyCorbel" class="cb-label">Why Corbel? (optional)</label><textarea id="cb-whyCorbel" name="whyCorbel" rows="4" class="cb-control" v-model="whyCorbel"></textarea></div>
            <div class="cb-field">
              <SwitchGroup>
                <div class="cb-switch-row">
                  <Switch id="cb-relocate" :modelValue="values.relocate" @update:modelValue="setFieldValue('relocate', $event)" class="cb-switch" :class="{ on: values.relocate }"><span class="sr-only">Toggle relocation</span><span class="cb-knob"></span></Switch>
                  <SwitchLabel class="cb-switch-label">I'd consider spending my first month in Berlin</SwitchLabel>
                </div>
              </SwitchGroup>
            </div>
            <Pick name="heard" label="How did you hear about Corbel?" :options="['LinkedIn', 'Wellfound', 'A friend at Corbel', 'Conference or meetup', 'Podcast', 'Other']" :modelValue="values.heard" @update:modelValue="setFieldValue('heard', $event)" />
            <Pick name="gender" label="Gender (optional, for our diversity report)" :options="['Woman', 'Man', 'Non-binary', 'Prefer to self-describe', 'Prefer not to say']" :modelValue="values.gender" @update:modelValue="setFieldValue('gender', $event)" />
            <label class="cb-check"><input id="cb-consent" type="checkbox" v-model="consent" /> I have read Corbel's applicant privacy notice (GDPR / CCPA)</label>
            <small class="cb-err">{{ errors.consent }}</small>
          </TabPanel>
        </TabPanels>
      </TabGroup>
      <div class="cb-actions">
        <button v-if="tab > 0" type="button" class="cb-back" @click="tab -= 1">Back</button>
        <button v-if="tab < 2" id="cb-continue" type="button" class="cb-primary" @click="next">Continue</button>
        <button v-else id="cb-submit" type="submit" class="cb-primary">Send application</button>
      </div>
    </form>`,
};

createApp(App).mount('#app');

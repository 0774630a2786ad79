/*
 * The careers page's application form: Vue 3 with Headless UI for Vue (Listbox, Combobox,
 * RadioGroup, Switch). The reactive form is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Listbox, ListboxButton, ListboxLabel, ListboxOption, ListboxOptions, RadioGroup, RadioGroupLabel, RadioGroupOption, Switch, SwitchGroup, SwitchLabel } from '@headlessui/vue';
import countries from 'world-countries';

const COUNTRIES = countries.map((country) => country.name.common).sort((a, b) => a.localeCompare(b));
const PLACES = ['Chicago, IL, USA', 'Denver, CO, USA', 'San Diego, CA, USA', 'San Francisco, CA, USA', 'San Jose, CA, USA', 'Seattle, WA, USA'];

const Choice = {
  components: { Listbox, ListboxButton, ListboxLabel, ListboxOption, ListboxOptions },
  props: { modelValue: { type: String, default: null }, label: String, options: Array, name: String },
  emits: ['update:modelValue'],
  template: `
    <div class="lf-field" :class="'lf-' + name">
      <Listbox :modelValue="modelValue" @update:modelValue="$emit('update:modelValue', $event)">
        <ListboxLabel class="lf-label">{{ label }}</ListboxLabel>
        <ListboxButton class="lf-button">{{ modelValue ?? 'Select…' }}</ListboxButton>
        <ListboxOptions class="lf-options">
          <ListboxOption v-for="option in options" :key="option" :value="option" v-slot="{ active }"><li class="lf-option" :class="{ active }">{{ option }}</li></ListboxOption>
        </ListboxOptions>
      </Listbox>
    </div>`,
};

const App = {
  components: { Choice, Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, RadioGroup, RadioGroupLabel, RadioGroupOption, Switch, SwitchGroup, SwitchLabel },
  setup() {
    const form = reactive({ fullName: '', email: '', phone: '', location: null, country: null, years: null, degree: null, authorized: null, sponsorship: null, relocate: false, salary: '', startDate: '', pronouns: null, linkedin: '', github: '', resume: null, coverLetter: '', consent: false });
    const query = ref('');
    const places = computed(() => PLACES.filter((place) => place.toLowerCase().includes(query.value.toLowerCase())));
    const sent = ref(false);
    const submit = () => { if (form.fullName && form.email && form.resume && form.consent) sent.value = true; };
    return { form, query, places, sent, submit, COUNTRIES };
  },
  template: `
    <h2 v-if="sent" id="lf-done">Thanks for applying to Lindgren Freight!</h2>
    <form v-else @submit.prevent="submit" novalidate>
      <h1>Senior Data Engineer</h1>
      <p>Chicago, IL or remote (US) · Data Platform</p>
      <div class="lf-field"><label for="lf-name">Full name</label><input id="lf-name" type="text" v-model="form.fullName" autocomplete="off" /></div>
      <div class="lf-field"><label for="lf-email">Email</label><input id="lf-email" type="email" v-model="form.email" /></div>
      <div class="lf-field"><label for="lf-phone">Phone</label><input id="lf-phone" type="tel" v-model="form.phone" placeholder="+1 555 123 4567" /></div>
      <div class="lf-field lf-location"><span class="lf-label" id="lf-location-label">Where are you based?</span>
        <Combobox v-model="form.location"><ComboboxInput class="lf-button" aria-labelledby="lf-location-label" @change="query = $event.target.value" placeholder="Search a city" />
          <ComboboxOptions class="lf-options"><ComboboxOption v-for="place in places" :key="place" :value="place" v-slot="{ active }"><li class="lf-option" :class="{ active }">{{ place }}</li></ComboboxOption></ComboboxOptions>
        </Combobox></div>
      <Choice name="country" label="Country" :options="COUNTRIES" v-model="form.country" />
      <Choice name="years" label="Years of experience" :options="['0–1 years', '2–3 years', '4–6 years', '7–9 years', '10+ years']" v-model="form.years" />
      <Choice name="degree" label="Highest degree" :options="['High school', 'Associate', &quot;Bachelor's&quot;, &quot;Master's&quot;, 'PhD']" v-model="form.degree" />
      <div class="lf-field lf-authorized"><RadioGroup v-model="form.authorized"><RadioGroupLabel class="lf-label">Are you authorized to work in the US?</RadioGroupLabel>
        <div class="lf-radios" style="flex-direction:row"><RadioGroupOption v-for="answer in ['Yes', 'No']" :key="answer" :value="answer" class="lf-radio">{{ answer }}</RadioGroupOption></div></RadioGroup></div>
      <div class="lf-field lf-sponsorship"><RadioGroup v-model="form.sponsorship"><RadioGroupLabel class="lf-label">Will you need visa sponsorship?</RadioGroupLabel>
        <div class="lf-radios"><RadioGroupOption v-for="answer in ['Yes, now', 'Yes, in the future', &quot;No, I don't need sponsorship&quot;]" :key="answer" :value="answer" class="lf-radio">{{ answer }}</RadioGroupOption></div></RadioGroup></div>
      <div class="lf-field"><SwitchGroup><div style="display:flex;gap:10px;align-items:center"><Switch v-model="form.relocate" class="lf-switch" id="lf-relocate" /><SwitchLabel>Open to relocating to Chicago</SwitchLabel></div></SwitchGroup></div>
      <div class="lf-field"><label for="lf-salary">Salary expectation</label><div class="lf-money"><span>$</span><input id="lf-salary" type="text" inputmode="numeric" v-model="form.salary" /><span>USD</span></div></div>
      <div class="lf-field"><label for="lf-start">Earliest start date</label><input id="lf-start" type="date" v-model="form.startDate" /></div>
      <Choice name="pronouns" label="Pronouns" :options="['she/her', 'he/him', 'they/them', 'Prefer not to say']" v-model="form.pronouns" />
      <div class="lf-field"><label for="lf-linkedin">LinkedIn</label><input id="lf-linkedin" type="url" v-model="form.linkedin" /></div>
      <div class="lf-field"><label for="lf-github">GitHub</label><input id="lf-github" type="url" v-model="form.github" /></div>
      <div class="lf-field"><span class="lf-label">Resume</span><label for="lf-resume" class="lf-button" style="cursor:pointer">{{ form.resume ?? 'Upload a file' }}<input id="lf-resume" type="file" class="sr-only" accept=".pdf" @change="form.resume = $event.target.files[0]?.name ?? null" /></label></div>
      <div class="lf-field"><label for="lf-cover">Cover letter</label><textarea id="lf-cover" rows="5" v-model="form.coverLetter"></textarea></div>
      <div class="lf-field"><label style="font-weight:400"><input type="checkbox" id="lf-consent" v-model="form.consent" /> I agree to the privacy policy</label></div>
      <button type="submit" id="lf-submit">Submit application</button>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </form>`,
};

createApp(App).mount('#app');

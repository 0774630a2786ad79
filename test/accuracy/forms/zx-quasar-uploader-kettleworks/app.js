/*
 * Marlowe Kettleworks careers page on Vue 3 + Quasar 2: outlined q-inputs (the q-field root is a
 * <label> around the native input), a phone q-input whose mask carries the country code
 * "+1 (###) ###-####" (unmasked-value model), a use-input q-select city whose options come from a
 * delayed @filter (fill-input), a q-btn-toggle for years, q-toggles (div role=switch, no native
 * input without a name), a q-slider of on-site days with markers (left alone), a month/year q-input
 * "##/####" opening a q-date in years-months view, a chips q-select with new values for skills
 * (left alone), salary q-input type=number with "$" prefix, a q-uploader without url (its list is
 * the state), an autogrow textarea with counter and a q-checkbox. The state is rendered into
 * <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { ClosePopup, QBtn, QBtnToggle, QCheckbox, QDate, QForm, QIcon, QInput, QItem, QItemSection, QPopupProxy, QSelect, QSlider, QToggle, QUploader, Quasar } from 'quasar';
import 'quasar/dist/quasar.css';

const CITIES = ['Oakland, CA', 'Portland, OR', 'Sacramento, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'South San Francisco, CA', 'Santa Rosa, CA', 'Seattle, WA'];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', website: '', city: null, years: null, authorized: false, sponsorship: false,
      onsiteDays: 2, available: '', skills: [], salary: null, resume: [], coverLetter: '', consent: false,
    });
    const cityOptions = ref([]);
    const done = ref(false);
    const filterCity = (val, update) => {
      setTimeout(() => { update(() => { cityOptions.value = val ? CITIES.filter((c) => c.toLowerCase().includes(val.toLowerCase())) : CITIES.slice(); }); }, 500);
    };
    const setCity = (val) => { form.city = val; };
    const onAdded = (files) => { form.resume = [...form.resume, ...files.map((f) => f.name)].slice(-1); };
    const onRemoved = () => { form.resume = []; };
    const submit = () => { if (form.consent && form.email) done.value = true; };
    return { form, cityOptions, done, filterCity, setCity, onAdded, onRemoved, submit };
  },
  template: `
    <div v-if="done" id="done" class="text-h5">Thanks — we'll be in touch.</div>
    <q-form v-else @submit="submit" class="q-gutter-md">
      <div class="text-h4">Senior Data Engineer (Connected Appliances)</div>
      <div class="text-grey-8">Portland, OR · Hybrid · Full-time</div>
      <div class="row q-col-gutter-md">
        <div class="col-6"><q-input outlined v-model="form.firstName" class="f-first" label="First name *" /></div>
        <div class="col-6"><q-input outlined v-model="form.lastName" class="f-last" label="Last name *" /></div>
      </div>
      <q-input outlined v-model="form.email" class="f-email" type="email" label="Email *" />
      <q-input outlined v-model="form.phone" class="f-phone" type="tel" label="Mobile number" mask="+1 (###) ###-####" unmasked-value hint="US mobile" />
      <q-input outlined v-model="form.website" class="f-website" label="Portfolio or personal site" />
      <q-select outlined v-model="form.city" class="f-city" label="Current city" use-input hide-selected fill-input input-debounce="200" :options="cityOptions" @filter="filterCity" @input-value="setCity" hint="Start typing, then pick">
        <template #no-option><q-item><q-item-section class="text-grey">No results</q-item-section></q-item></template>
      </q-select>
      <div class="f-years"><div class="text-subtitle2 q-mb-xs" id="years-label">Years of experience in data engineering</div>
        <q-btn-toggle v-model="form.years" aria-labelledby="years-label" toggle-color="brown-8" no-caps unelevated :options="[{ label: '0-2', value: '0-2' }, { label: '3-5', value: '3-5' }, { label: '6-9', value: '6-9' }, { label: '10+', value: '10+' }]" />
      </div>
      <div class="f-authorized"><q-toggle v-model="form.authorized" color="brown-8" label="I am legally authorized to work in the U.S." /></div>
      <div class="f-sponsorship"><q-toggle v-model="form.sponsorship" color="brown-8" label="I will require visa sponsorship" /></div>
      <div class="f-onsite"><div class="text-subtitle2" id="onsite-label">Days per week you could be in our Portland office</div>
        <q-slider v-model="form.onsiteDays" :min="0" :max="5" markers marker-labels label color="brown-8" aria-labelledby="onsite-label" style="max-width: 360px" />
      </div>
      <div class="row q-col-gutter-md">
        <div class="col-6"><q-input outlined v-model="form.available" class="f-available" label="Available from (MM/YYYY)" mask="##/####" hint="Month and year">
          <template #append><q-icon name="event" class="cursor-pointer"><q-popup-proxy cover transition-show="scale" transition-hide="scale">
            <q-date v-model="form.available" mask="MM/YYYY" default-view="Years" emit-immediately minimal><div class="row justify-end"><q-btn v-close-popup label="Close" flat /></div></q-date>
          </q-popup-proxy></q-icon></template>
        </q-input></div>
        <div class="col-6"><q-input outlined v-model.number="form.salary" class="f-salary" type="number" label="Desired annual salary" prefix="$" suffix="USD" /></div>
      </div>
      <q-select outlined v-model="form.skills" class="f-skills" label="Skills" use-input use-chips multiple hide-dropdown-icon new-value-mode="add-unique" input-debounce="0" hint="Type a skill and press Enter" />
      <div class="f-resume"><div class="text-subtitle2 q-mb-xs">Resume *</div>
        <q-uploader label="Upload your resume (PDF, DOC)" accept=".pdf,.doc,.docx" hide-upload-btn flat bordered style="width: 100%" @added="onAdded" @removed="onRemoved" />
      </div>
      <q-input outlined v-model="form.coverLetter" class="f-cover" type="textarea" autogrow label="Cover letter" counter maxlength="3000" />
      <div class="f-consent"><q-checkbox v-model="form.consent" label="I agree to the processing of my personal data for recruiting" /></div>
      <q-btn type="submit" id="submit" color="brown-8" label="Submit application" />
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </q-form>
  `,
};

createApp(App).use(Quasar, { components: { QBtn, QBtnToggle, QCheckbox, QDate, QForm, QIcon, QInput, QItem, QItemSection, QPopupProxy, QSelect, QSlider, QToggle, QUploader }, directives: { ClosePopup } }).mount('#root');

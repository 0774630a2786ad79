/*
 * A community-solar co-op's careers page, a Vue 3 app: the cover letter is a self-hosted TinyMCE 8
 * editor in inline mode through the official @tinymce/tinymce-vue wrapper (v-model, a contenteditable
 * <div>, no iframe, toolbar floating above on focus); "Street address" is wired to a Places-style
 * address autocomplete (`.pac-container` under the box, picking a prediction fills the street, city,
 * state and ZIP from the place's address components, as sites do in their place_changed handler);
 * Inputmask on the phone "999-999-9999" and the salary (numeric alias, "$" prefix, grouping).
 * The reactive form is mirrored into <pre id="model">.
 */
import { createApp, reactive, ref, watch, onMounted } from 'vue/dist/vue.esm-bundler.js';
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/plugins/lists';
import 'tinymce/plugins/link';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.inline.js';
import 'tinymce/skins/content/default/content.js';
import Editor from '@tinymce/tinymce-vue';
import Inputmask from 'inputmask';

window.tinymce = tinymce;

const CITIES = [['San Francisco', '94110'], ['Oakland', '94607'], ['San Jose', '95112'], ['Fresno', '93721']];
const STATES = ['Arizona', 'California', 'Colorado', 'Nevada', 'New Mexico', 'Oregon', 'Texas', 'Utah', 'Washington'];

function predictionsFor(q) {
  const m = /^(\d+)\s+(.+)$/.exec(q.trim());
  if (!m) return [];
  const street = q.trim().replace(/\s+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
  return CITIES.map(([city, zip]) => ({ main: street, secondary: `${city}, CA, USA`, city, zip }));
}

const App = {
  components: { Editor },
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phone: '', street: '', unit: '', city: '', state: '', zip: '', adult: '', schedule: '',
      employer: '', title: '', education: '', salary: '', startDate: '', authorized: '', sponsorship: '', resume: null, coverLetter: '',
      whySolar: '', source: '', smsOptIn: false, agree: false,
    });
    const done = ref(false);
    const error = ref(false);
    const preds = ref([]);
    const active = ref(-1);
    const pacStyle = ref({ display: 'none' });
    const streetEl = ref(null);
    const phoneEl = ref(null);
    const salaryEl = ref(null);
    let t;
    const editorInit = {
      inline: true, menubar: false, license_key: 'gpl', plugins: 'lists link', toolbar: 'bold italic | bullist numlist | link', placeholder: 'Tell us a bit about yourself (optional)',
      promotion: false, branding: false,
    };
    const plain = (html) => { const d = document.createElement('div'); d.innerHTML = html; return d.textContent.replace(/\s+/g, ' ').trim(); };
    const model = () => ({ ...form, coverLetter: plain(form.coverLetter), phoneDigits: phoneEl.value?.inputmask?.unmaskedvalue() ?? '', salaryNumber: salaryEl.value?.inputmask?.unmaskedvalue() ?? '' });
    const render = () => { document.getElementById('model').textContent = JSON.stringify(model(), null, 1); };
    watch(form, render, { deep: true });
    onMounted(() => {
      Inputmask({ mask: '999-999-9999', clearIncomplete: true }).mask(phoneEl.value);
      Inputmask({ alias: 'numeric', groupSeparator: ',', digits: 0, prefix: '$', rightAlign: false, autoUnmask: false }).mask(salaryEl.value);
      render();
    });
    const onPhone = (e) => { form.phone = e.target.value; };
    const onSalary = (e) => { form.salary = e.target.value; };
    const onStreet = (e) => {
      form.street = e.target.value;
      clearTimeout(t);
      t = setTimeout(() => {
        preds.value = predictionsFor(form.street);
        active.value = -1;
        const r = streetEl.value.getBoundingClientRect();
        pacStyle.value = preds.value.length ? { display: 'block', width: `${r.width}px`, left: `${r.left + window.scrollX}px`, top: `${r.bottom + window.scrollY}px` } : { display: 'none' };
      }, 150);
    };
    const choose = (p) => {
      form.street = p.main;
      form.city = p.city;
      form.state = 'California';
      form.zip = p.zip;
      preds.value = [];
      pacStyle.value = { display: 'none' };
    };
    const onStreetKey = (e) => {
      if (!preds.value.length) return;
      if (e.key === 'ArrowDown') { active.value = Math.min(active.value + 1, preds.value.length - 1); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active.value = Math.max(active.value - 1, 0); e.preventDefault(); }
      else if (e.key === 'Enter' && active.value >= 0) { e.preventDefault(); choose(preds.value[active.value]); }
      else if (e.key === 'Escape') { preds.value = []; pacStyle.value = { display: 'none' }; }
    };
    const onStreetBlur = () => setTimeout(() => { preds.value = []; pacStyle.value = { display: 'none' }; }, 200);
    const onResume = (e) => { form.resume = e.target.files[0]?.name ?? null; };
    const submit = () => {
      const m = model();
      if (!m.firstName || !m.lastName || !m.email || m.phoneDigits.length !== 10 || !m.street || !m.city || !m.state || !m.zip || !m.adult || !m.authorized || !m.sponsorship || !m.resume || !m.agree) { error.value = true; return; }
      done.value = true;
    };
    return { form, done, error, preds, active, pacStyle, streetEl, phoneEl, salaryEl, editorInit, STATES, onPhone, onSalary, onStreet, onStreetKey, onStreetBlur, choose, onResume, submit };
  },
  template: `
  <div v-if="done" class="sec" id="sv-done"><h2>Thanks for applying to Sunvale!</h2></div>
  <form v-else id="sv-apply" @submit.prevent="submit" novalidate>
    <div class="sec"><h2>Contact</h2>
      <div class="cols2">
        <div class="fld"><label for="sv-first">First name *</label><input type="text" id="sv-first" name="firstName" v-model="form.firstName"></div>
        <div class="fld"><label for="sv-last">Last name *</label><input type="text" id="sv-last" name="lastName" v-model="form.lastName"></div>
        <div class="fld"><label for="sv-email">Email *</label><input type="email" id="sv-email" name="email" v-model="form.email"></div>
        <div class="fld"><label for="sv-phone">Phone *</label><input type="tel" id="sv-phone" name="phone" ref="phoneEl" @input="onPhone" @change="onPhone"></div>
      </div>
      <div class="cols2">
        <div class="fld"><label for="sv-street">Street address *</label><input type="text" id="sv-street" name="street" ref="streetEl" class="pac-target-input" placeholder="Enter a location" autocomplete="off" :value="form.street" @input="onStreet" @keydown="onStreetKey" @blur="onStreetBlur"></div>
        <div class="fld"><label for="sv-unit">Apt, suite, unit</label><input type="text" id="sv-unit" name="unit" v-model="form.unit"></div>
      </div>
      <div class="cols">
        <div class="fld"><label for="sv-city">City *</label><input type="text" id="sv-city" name="city" v-model="form.city"></div>
        <div class="fld"><label for="sv-state">State *</label><select id="sv-state" name="state" v-model="form.state"><option value="">Select state</option><option v-for="s in STATES" :key="s">{{ s }}</option></select></div>
        <div class="fld"><label for="sv-zip">ZIP code *</label><input type="text" id="sv-zip" name="zip" v-model="form.zip" maxlength="10"></div>
      </div>
    </div>
    <div class="sec"><h2>Eligibility</h2>
      <div class="cols2">
        <div class="fld"><label for="sv-adult">Are you at least 18 years old? *</label><select id="sv-adult" name="adult" v-model="form.adult"><option value="">Select</option><option>Yes</option><option>No</option></select></div>
        <div class="fld"><span class="lbl" id="sv-sched-l">Schedule you're looking for</span><div class="opts" role="radiogroup" aria-labelledby="sv-sched-l"><label v-for="o in ['Full-time','Part-time','Either']" :key="o"><input type="radio" name="schedule" :value="o" v-model="form.schedule"> {{ o }}</label></div></div>
        <div class="fld"><span class="lbl" id="sv-auth-l">Are you legally authorized to work in the U.S.? *</span><div class="opts" role="radiogroup" aria-labelledby="sv-auth-l"><label v-for="o in ['Yes','No']" :key="o"><input type="radio" name="authorized" :value="o" v-model="form.authorized"> {{ o }}</label></div></div>
        <div class="fld"><span class="lbl" id="sv-sp-l">Will you require visa sponsorship? *</span><div class="opts" role="radiogroup" aria-labelledby="sv-sp-l"><label v-for="o in ['Yes','No']" :key="o"><input type="radio" name="sponsorship" :value="o" v-model="form.sponsorship"> {{ o }}</label></div></div>
      </div>
    </div>
    <div class="sec"><h2>Experience</h2>
      <div class="cols2">
        <div class="fld"><label for="sv-employer">Current employer</label><input type="text" id="sv-employer" name="employer" v-model="form.employer"></div>
        <div class="fld"><label for="sv-title">Current title</label><input type="text" id="sv-title" name="title" v-model="form.title"></div>
        <div class="fld"><label for="sv-edu">Highest education</label><select id="sv-edu" name="education" v-model="form.education"><option value="">Select</option><option>High school diploma / GED</option><option>Some college</option><option>Associate degree</option><option>Bachelor's degree (BA/BS)</option><option>Master's degree</option><option>Doctorate</option></select></div>
        <div class="fld"><label for="sv-salary">Desired salary</label><input type="text" id="sv-salary" name="salary" ref="salaryEl" @input="onSalary" @change="onSalary"><div class="help">Posted range: $118,000–$142,000.</div></div>
        <div class="fld"><label for="sv-start">Date you can start</label><input type="text" id="sv-start" name="startDate" v-model="form.startDate" placeholder="MM/DD/YYYY"></div>
      </div>
    </div>
    <div class="sec"><h2>Resume &amp; letter</h2>
      <div class="fld"><label for="sv-resume">Resume *</label><input type="file" id="sv-resume" name="resume" accept=".pdf,.docx" @change="onResume"></div>
      <div class="fld"><span class="lbl" id="sv-cover-l">Cover letter</span><Editor id="sv-cover" tag-name="div" class="mce-inline" license-key="gpl" :init="editorInit" v-model="form.coverLetter" aria-labelledby="sv-cover-l" /></div>
      <div class="fld"><label for="sv-why">What does community solar mean to you?</label><textarea id="sv-why" name="whySolar" rows="3" v-model="form.whySolar"></textarea></div>
      <div class="fld"><label for="sv-source">How did you hear about us?</label><select id="sv-source" name="source" v-model="form.source"><option value="">Select</option><option>Job board</option><option>LinkedIn</option><option>A Sunvale member</option><option>Event</option><option>Other</option></select></div>
      <div class="fld"><label style="font-weight:400"><input type="checkbox" id="sv-sms" v-model="form.smsOptIn"> Text me updates about my application (msg &amp; data rates may apply)</label></div>
      <div class="fld"><label style="font-weight:400"><input type="checkbox" id="sv-agree" v-model="form.agree"> I confirm the information above is accurate. *</label></div>
      <p v-if="error" style="color:#b3261e">Please complete the required fields.</p>
      <button class="go" type="submit" id="sv-submit">Apply</button>
    </div>
  </form>
  <Teleport to="body"><div class="pac-container pac-logo" :style="pacStyle">
    <div v-for="(p, i) in preds" :key="p.secondary" :class="['pac-item', { 'pac-item-selected': i === active }]" @mousedown.prevent="choose(p)"><span class="pac-icon pac-icon-marker"></span><span class="pac-item-query"><span class="pac-matched">{{ p.main }}</span></span><span>{{ p.secondary }}</span></div>
  </div></Teleport>`,
};

createApp(App).mount('#app');

/*
 * Bellweather Grid careers (a regional power utility): Vue 3 + vee-validate 4 (useForm +
 * defineField on native controls), shared by its postings. The posting page shows a header sign-in
 * box and an "Apply for this job" button; the application is mounted only once it is pressed.
 * Country of residence → the city select is emptied, shows "Loading cities…" and is refilled from a
 * (simulated) remote lookup. The "Work eligibility" section is keyed by a revision counter that
 * moves on every choice made anywhere in the form (selects, radios), so its DOM nodes are replaced
 * each time; its employer / title boxes are kept mounted behind v-show. Phone behind a dial-code
 * select (placeholder follows it), salary as amount + currency + period selects, `type=date` start.
 * vee-validate values go to <pre id="model">.
 */
import { createApp, reactive, ref, watch } from 'vue/dist/vue.esm-bundler.js';
import { useForm } from 'vee-validate';

const DIALS = [['', 'Code'], ['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['IN', '🇮🇳 +91']];
const DIAL_EXAMPLE = { CA: '506 234 5678', US: '201 555 0123', MX: '222 123 4567', GB: '7400 123456', IN: '81234 56789' };
const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States of America'];
const CITIES = {
  Canada: ['Calgary', 'Montréal', 'Ottawa', 'Toronto', 'Vancouver', 'Other'],
  Mexico: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Tijuana', 'Other'],
  'United Kingdom': ['Birmingham', 'Edinburgh', 'London', 'Manchester', 'Other'],
  'United States of America': ['Fresno', 'Los Angeles', 'Oakland', 'Portland', 'Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'Seattle', 'South San Francisco', 'Other'],
};
const SPONSOR = [
  ['none', 'I do not need sponsorship now or in the future'],
  ['now', 'I need sponsorship to start'],
  ['later', 'I will need sponsorship later (e.g. when my OPT ends)'],
];
const CURRENCIES = [['USD', 'USD – US dollar'], ['CAD', 'CAD – Canadian dollar'], ['GBP', 'GBP – Pound sterling'], ['MXN', 'MXN – Mexican peso']];
const PERIODS = [['hour', 'per hour'], ['month', 'per month'], ['year', 'per year']];
const NOTICE = ['None', '2 weeks', '1 month', '2 months or more'];
const HEARD = ['Bellweather website', 'LinkedIn', 'Handshake', 'Utility industry event', 'Friend or family', 'Other'];
const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to state'];
const DISABILITY = ['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I do not want to answer'];

export function mountCareers(posting) {
  const keys = ['fullName', 'email', 'emailConfirm', 'dial', 'phone', 'country', 'city', 'linkedin',
    'authorized', 'sponsorship', 'employed', 'employer', 'jobTitle', 'notice',
    'startDate', 'salary', 'currency', 'period', 'resume', 'heard', 'race', 'disability', 'consent',
    ...posting.questions.map((q) => q.key)];
  const initialValues = Object.fromEntries(keys.map((k) => [k, '']));
  initialValues.consent = false;
  posting.questions.forEach((q) => { if (q.type === 'check') initialValues[q.key] = false; });

  const ApplyForm = {
    props: ['posting'],
    emits: ['done'],
    setup(props, { emit }) {
      const { values, defineField, setFieldValue, handleSubmit } = useForm({ initialValues });
      const f = reactive({});
      keys.forEach((k) => { f[k] = defineField(k)[0]; });
      const cities = ref([]);
      const loadingCities = ref(false);
      let lookup = 0;
      watch(() => values.country, (country) => {
        const token = ++lookup;
        cities.value = [];
        setFieldValue('city', '');
        if (!country) { loadingCities.value = false; return; }
        loadingCities.value = true;
        // GET /api/v2/locations?country=… on the real site
        setTimeout(() => { if (token !== lookup) return; cities.value = CITIES[country] ?? []; loadingCities.value = false; }, 900);
      });
      const revision = ref(0);
      watch(() => [values.dial, values.country, values.city, values.authorized, values.sponsorship, values.employed, values.notice, values.currency, values.period, values.heard, values.race, values.disability,
        ...posting.questions.filter((q) => q.type !== 'text' && q.type !== 'textarea').map((q) => values[q.key])], () => { revision.value += 1; });
      const attach = (event) => setFieldValue('resume', event.target.files?.[0]?.name ?? '');
      const error = ref('');
      const submit = handleSubmit((v) => {
        if (!v.fullName || !v.email || !v.consent) { error.value = 'Please complete the required fields and accept the privacy notice.'; return; }
        emit('done');
      });
      return { f, values, cities, loadingCities, revision, attach, submit, error, posting: props.posting,
        DIALS, DIAL_EXAMPLE, COUNTRIES, SPONSOR, CURRENCIES, PERIODS, NOTICE, HEARD, RACE, DISABILITY };
    },
    template: `
      <form id="bw-form" novalidate @submit.prevent="submit">
        <h2>Apply: {{ posting.title }}</h2>
        <p class="bw-req">Fields marked * are required.</p>
        <section class="bw-card">
          <h3>Contact details</h3>
          <div class="bw-field"><label for="bw-fullName">Full legal name *</label><input id="bw-fullName" name="fullName" v-model="f.fullName" autocomplete="off"></div>
          <div class="bw-grid">
            <div class="bw-field"><label for="bw-email">Email address *</label><input id="bw-email" type="email" name="email" v-model="f.email"></div>
            <div class="bw-field"><label for="bw-emailConfirm">Re-enter email address *</label><input id="bw-emailConfirm" type="email" name="emailConfirm" v-model="f.emailConfirm" autocomplete="off"></div>
          </div>
          <div class="bw-field"><label for="bw-phone">Phone number *</label>
            <div class="bw-phone">
              <select id="bw-dial" name="dial" aria-label="Country calling code" v-model="f.dial"><option v-for="d in DIALS" :key="d[0]" :value="d[0]">{{ d[1] }}</option></select>
              <input id="bw-phone" type="tel" name="phone" v-model="f.phone" :placeholder="DIAL_EXAMPLE[values.dial] || ''">
            </div></div>
          <div class="bw-grid">
            <div class="bw-field"><label for="bw-country">Country of residence *</label>
              <select id="bw-country" name="country" v-model="f.country"><option value="">– Select –</option><option v-for="c in COUNTRIES" :key="c">{{ c }}</option></select></div>
            <div class="bw-field"><label for="bw-city">City *</label>
              <select id="bw-city" name="city" v-model="f.city" :disabled="!values.country || loadingCities">
                <option value="">{{ !values.country ? 'Select a country first' : loadingCities ? 'Loading cities…' : '– Select –' }}</option>
                <option v-for="c in cities" :key="c">{{ c }}</option>
              </select></div>
          </div>
          <div class="bw-field"><label for="bw-linkedin">LinkedIn profile URL</label><input id="bw-linkedin" type="url" name="linkedin" v-model="f.linkedin" placeholder="https://www.linkedin.com/in/"></div>
          <div class="bw-field"><label for="bw-resume">Resume *</label><input id="bw-resume" type="file" name="resume" accept=".pdf,.docx" @change="attach"><small>PDF or DOCX</small></div>
        </section>

        <section class="bw-card" :key="'elig-' + revision" :data-revision="revision">
          <h3>Work eligibility</h3>
          <fieldset class="bw-field bw-radios"><legend>{{ posting.authorizedLabel }} *</legend>
            <label><input type="radio" name="authorized" value="yes" v-model="f.authorized"> Yes</label>
            <label><input type="radio" name="authorized" value="no" v-model="f.authorized"> No</label></fieldset>
          <div class="bw-field"><label for="bw-sponsorship">Sponsorship *</label>
            <select id="bw-sponsorship" name="sponsorship" v-model="f.sponsorship"><option value="">– Select –</option><option v-for="s in SPONSOR" :key="s[0]" :value="s[0]">{{ s[1] }}</option></select></div>
          <fieldset class="bw-field bw-radios"><legend>Are you currently employed?</legend>
            <label><input type="radio" name="employed" value="yes" v-model="f.employed"> Yes</label>
            <label><input type="radio" name="employed" value="no" v-model="f.employed"> No</label></fieldset>
          <div class="bw-follow" v-show="values.employed === 'yes'">
            <div class="bw-grid">
              <div class="bw-field"><label for="bw-employer">Employer</label><input id="bw-employer" name="employer" v-model="f.employer"></div>
              <div class="bw-field"><label for="bw-jobTitle">Position</label><input id="bw-jobTitle" name="jobTitle" v-model="f.jobTitle"></div>
            </div>
            <div class="bw-field"><label for="bw-notice">Notice period</label><select id="bw-notice" name="notice" v-model="f.notice"><option value="">– Select –</option><option v-for="n in NOTICE" :key="n">{{ n }}</option></select></div>
          </div>
        </section>

        <section class="bw-card">
          <h3>Availability and pay</h3>
          <div class="bw-field"><label for="bw-startDate">Available to start on</label><input id="bw-startDate" type="date" name="startDate" v-model="f.startDate"></div>
          <div class="bw-field"><label for="bw-salary">Expected compensation</label>
            <div class="bw-pay">
              <input id="bw-salary" type="number" name="salary" min="0" step="1000" v-model="f.salary">
              <select id="bw-currency" name="currency" aria-label="Currency" v-model="f.currency"><option value="">Currency</option><option v-for="c in CURRENCIES" :key="c[0]" :value="c[0]">{{ c[1] }}</option></select>
              <select id="bw-period" name="period" aria-label="Pay period" v-model="f.period"><option value="">Period</option><option v-for="p in PERIODS" :key="p[0]" :value="p[0]">{{ p[1] }}</option></select>
            </div></div>
          <template v-for="q in posting.questions" :key="q.key">
            <div v-if="q.type === 'select'" class="bw-field"><label :for="'bw-' + q.key">{{ q.label }}</label>
              <select :id="'bw-' + q.key" :name="q.key" v-model="f[q.key]"><option value="">– Select –</option><option v-for="o in q.options" :key="o">{{ o }}</option></select></div>
            <fieldset v-else-if="q.type === 'radio'" class="bw-field bw-radios"><legend>{{ q.label }}</legend>
              <label v-for="o in q.options" :key="o"><input type="radio" :name="q.key" :value="o" v-model="f[q.key]"> {{ o }}</label></fieldset>
            <div v-else-if="q.type === 'check'" class="bw-field"><label><input type="checkbox" :id="'bw-' + q.key" :name="q.key" v-model="f[q.key]"> {{ q.label }}</label></div>
            <div v-else-if="q.type === 'textarea'" class="bw-field"><label :for="'bw-' + q.key">{{ q.label }}</label><textarea :id="'bw-' + q.key" :name="q.key" rows="4" v-model="f[q.key]"></textarea></div>
            <div v-else class="bw-field"><label :for="'bw-' + q.key">{{ q.label }}</label><input :id="'bw-' + q.key" :name="q.key" v-model="f[q.key]"></div>
          </template>
        </section>

        <section class="bw-card">
          <h3>A few more questions</h3>
          <div class="bw-field"><label for="bw-heard">Where did you first hear about Bellweather Grid?</label>
            <select id="bw-heard" name="heard" v-model="f.heard"><option value="">– Select –</option><option v-for="h in HEARD" :key="h">{{ h }}</option></select></div>
          <p class="bw-small">The questions below are voluntary. Answers are kept apart from your application.</p>
          <div class="bw-field"><label for="bw-race">Race / ethnicity</label><select id="bw-race" name="race" v-model="f.race"><option value="">– Select –</option><option v-for="r in RACE" :key="r">{{ r }}</option></select></div>
          <div class="bw-field"><label for="bw-disability">Disability status</label><select id="bw-disability" name="disability" v-model="f.disability"><option value="">– Select –</option><option v-for="d in DISABILITY" :key="d">{{ d }}</option></select></div>
          <div class="bw-field"><label><input type="checkbox" id="bw-consent" name="consent" v-model="f.consent"> I have read the Bellweather Grid candidate privacy notice and agree to it. *</label></div>
        </section>
        <p class="bw-err" v-if="error">{{ error }}</p>
        <p><button type="submit" id="bw-submit" class="bw-primary">Send application</button></p>
        <pre id="model">{{ JSON.stringify({ ...values, revision }, null, 1) }}</pre>
      </form>`,
  };

  const Page = {
    components: { ApplyForm },
    setup() {
      const applying = ref(false);
      const done = ref(false);
      const signin = reactive({ email: '', password: '' });
      const start = () => { applying.value = true; };
      return { applying, done, signin, start, posting };
    },
    template: `
      <header class="bw-top"><strong>Bellweather Grid · Careers</strong>
        <form class="bw-signin" @submit.prevent>
          <label for="bw-signin-email">Candidate login</label>
          <input id="bw-signin-email" type="email" placeholder="Email" v-model="signin.email">
          <input id="bw-signin-password" type="password" placeholder="Password" aria-label="Password" v-model="signin.password">
          <button type="submit">Sign in</button>
        </form></header>
      <main class="bw-main">
        <p class="bw-crumbs">Careers › {{ posting.team }}</p>
        <h1>{{ posting.title }}</h1>
        <p class="bw-meta">{{ posting.meta }}</p>
        <div v-if="!applying && !done">
          <p v-for="p in posting.description" :key="p">{{ p }}</p>
          <p><button type="button" id="bw-apply" class="bw-primary" @click="start">Apply for this job</button></p>
        </div>
        <ApplyForm v-else-if="!done" :posting="posting" @done="done = true" />
        <p v-else id="bw-done" class="bw-done">We have received your application. You will hear from a recruiter within two weeks.</p>
      </main>`,
  };

  createApp(Page).mount('#app');
}

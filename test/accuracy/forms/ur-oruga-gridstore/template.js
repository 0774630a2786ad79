/*
 * A grid-scale battery-storage company's careers site (Vue 3 + Oruga 0.13 with the Oruga theme),
 * one template for every posting: horizontal OFields (label beside the control), OInputs,
 * a grouped phone field (native OSelect of flag dial codes, Canada listed before the US, no
 * preset) + tel OInput, an OAutocomplete country over world-countries filtered as you type (open on focus, keep-first),
 * a native OSelect of states with USPS values, ORadio groups (years buckets from the posting,
 * authorization Yes / No, sponsorship as sentences), a degree OSelect, an OListbox (multiple) of
 * sites, an editable ODatepicker with the en-US locale (default formatter "1/15/2027"), a salary
 * OInput with an "USD / year" static addon, an OUpload button around the resume input, an
 * OTaginput of skills, the posting's own questions, a "how did you hear" OSelect, EEO selects, an
 * OSwitch talent pool, an OCheckbox consent; header job search and footer newsletter. The
 * reactive application is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createOruga, OrugaComponentPlugins } from '@oruga-ui/oruga-next';
import '@oruga-ui/theme-oruga/style.css';
import worldCountries from 'world-countries';

const COUNTRIES = worldCountries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b));
const DIAL = [
  ['CA', '🇨🇦 +1'], ['US', '🇺🇸 +1'], ['MX', '🇲🇽 +52'], ['GB', '🇬🇧 +44'], ['DE', '🇩🇪 +49'], ['IN', '🇮🇳 +91'], ['AU', '🇦🇺 +61'], ['JP', '🇯🇵 +81'],
];
const STATES = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'],
  ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'],
  ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'],
  ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'],
  ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'],
  ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'],
];
const DEGREES = [
  ['hs', 'High school diploma or GED'], ['assoc', 'Associate degree'], ['ba', 'Bachelor’s degree (BA, BS, BEng)'],
  ['ms', 'Master’s degree (MA, MS, MBA)'], ['phd', 'Doctorate (PhD, EngD)'], ['none', 'None of the above'],
];
const SITES = ['Oakland, CA (HQ)', 'Reno, NV (Gigafactory campus)', 'Houston, TX', 'Remote – US'];
const SKILLS = ['Python', 'SQL', 'Spark', 'Kafka', 'Airflow', 'dbt', 'Rust', 'Go', 'TimescaleDB', 'InfluxDB', 'Kubernetes', 'Terraform'];
const HEAR = ['LinkedIn', 'Climatebase', 'Work on Climate Slack', 'Ampelmoor website', 'Referral from an employee', 'Conference or meetup', 'Other'];

export function mountPosting(posting) {
  const App = {
    setup() {
      const answers = {};
      posting.questions.forEach((q) => { answers[q.id] = q.kind === 'check' ? false : ''; });
      const app = reactive({
        firstName: '', lastName: '', preferredName: '', email: '', dialCode: '', phone: '', country: null, countryText: '',
        city: '', state: '', zip: '', employer: '', jobTitle: '', years: '', degree: '', school: '', linkedin: '', github: '',
        authorized: '', sponsorship: '', startDate: null, salary: '', resume: null, coverLetter: '', skills: [], sites: [],
        answers, hear: '', gender: '', veteran: '', disability: '', talentPool: false, consent: false,
      });
      const extra = reactive({ search: '', newsletter: '' });
      const done = ref(false);
      const iso = (d) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : null);
      const model = computed(() => JSON.stringify({
        ...app, startDate: iso(app.startDate), resume: app.resume ? app.resume.name : null, search: extra.search, newsletter: extra.newsletter,
      }, null, 1));
      const submit = () => {
        if (!app.consent) { alert('Please accept the candidate privacy notice.'); return; }
        done.value = true;
      };
      const countryOptions = computed(() => {
        const typed = (app.countryText || '').toLowerCase();
        return typed ? COUNTRIES.filter((c) => c.toLowerCase().includes(typed)) : COUNTRIES;
      });
      return { app, extra, done, model, submit, posting, countryOptions, COUNTRIES, DIAL, STATES, DEGREES, SITES, SKILLS, HEAR, today: new Date(2026, 11, 1) };
    },
    template: `
<header class="am-header">
  <div class="am-brand"><span class="am-logo">◐</span> Ampelmoor <small>Careers</small></div>
  <nav><a href="#">Teams</a><a href="#">Life at Ampelmoor</a><a href="#">Open roles</a></nav>
  <form class="am-search" role="search" @submit.prevent>
    <o-input v-model="extra.search" name="q" placeholder="Search open roles" icon="search" aria-label="Search open roles" />
  </form>
</header>
<main class="am-main">
  <section class="am-posting">
    <p class="am-crumb">{{ posting.team }} · {{ posting.location }} · Req {{ posting.req }}</p>
    <h1>{{ posting.title }}</h1>
    <p v-for="p in posting.blurb">{{ p }}</p>
  </section>
  <section v-if="done" id="am-thanks" class="am-card"><h2>Application received</h2><p>Thanks, we will be in touch within two weeks.</p></section>
  <form v-else id="am-apply" class="am-card" @submit.prevent="submit" novalidate>
    <h2>Apply for this role</h2>
    <p class="am-note">Fields marked * are required.</p>

    <h3>About you</h3>
    <o-field label="Legal first name *" horizontal><o-input v-model="app.firstName" name="legal_first" expanded /></o-field>
    <o-field label="Legal last name *" horizontal><o-input v-model="app.lastName" name="legal_last" expanded /></o-field>
    <o-field label="Name you go by" message="Only if it differs from your legal first name" horizontal><o-input v-model="app.preferredName" name="goes_by" expanded /></o-field>
    <o-field label="Email address *" horizontal><o-input v-model="app.email" type="email" name="email_address" expanded /></o-field>
    <o-field label="Mobile *" horizontal grouped>
      <o-select v-model="app.dialCode" name="dial_code" placeholder="Code" aria-label="Country calling code"><option v-for="d in DIAL" :key="d[0]" :value="d[0]">{{ d[1] }}</option></o-select>
      <o-input v-model="app.phone" type="tel" name="mobile" expanded />
    </o-field>
    <o-field label="Country of residence *" horizontal message="Start typing, then pick from the list">
      <o-autocomplete v-model="app.country" v-model:input="app.countryText" :options="countryOptions" name="residence_country" placeholder="e.g. Canada" open-on-focus keep-first expanded />
    </o-field>
    <o-field label="City *" horizontal><o-input v-model="app.city" name="city" expanded /></o-field>
    <o-field label="State" horizontal message="US applicants only">
      <o-select v-model="app.state" name="us_state" placeholder="Select a state" expanded><option v-for="s in STATES" :key="s[0]" :value="s[0]">{{ s[1] }}</option></o-select>
    </o-field>
    <o-field label="ZIP code" horizontal><o-input v-model="app.zip" name="zip" maxlength="10" expanded /></o-field>

    <h3>Experience</h3>
    <o-field label="Current employer" horizontal><o-input v-model="app.employer" name="employer_now" expanded /></o-field>
    <o-field label="Current role" horizontal><o-input v-model="app.jobTitle" name="role_now" expanded /></o-field>
    <o-field :label="posting.yearsLabel" horizontal>
      <div class="am-radios"><o-radio v-for="y in posting.years" :key="y" v-model="app.years" name="years_bucket" :native-value="y" :label="y" /></div>
    </o-field>
    <o-field label="Highest completed education" horizontal>
      <o-select v-model="app.degree" name="education_level" placeholder="Choose one" expanded><option v-for="d in DEGREES" :key="d[0]" :value="d[0]">{{ d[1] }}</option></o-select>
    </o-field>
    <o-field label="College or university" horizontal><o-input v-model="app.school" name="institution" expanded /></o-field>
    <o-field label="LinkedIn" horizontal><o-input v-model="app.linkedin" name="profile_linkedin" placeholder="https://linkedin.com/in/…" expanded /></o-field>
    <o-field label="GitHub or code samples" horizontal><o-input v-model="app.github" name="profile_code" placeholder="https://" expanded /></o-field>
    <o-field label="Skills" horizontal message="Add up to 8; press Enter after each">
      <o-taginput v-model="app.skills" :options="SKILLS" name="skills" placeholder="Add a skill" allow-new open-on-focus expanded />
    </o-field>
    <o-field label="Which of our sites could you work from?" horizontal message="Select all that apply">
      <o-listbox v-model="app.sites" :options="SITES" multiple aria-label="Sites you could work from" />
    </o-field>

    <h3>Eligibility</h3>
    <o-field label="Are you legally authorized to work in the United States? *" horizontal>
      <div class="am-radios"><o-radio v-model="app.authorized" name="us_authorized" native-value="yes" label="Yes" /><o-radio v-model="app.authorized" name="us_authorized" native-value="no" label="No" /></div>
    </o-field>
    <o-field label="Visa sponsorship *" horizontal>
      <div class="am-radios am-stack">
        <o-radio v-model="app.sponsorship" name="visa_sponsorship" native-value="needs" :label="posting.sponsorYes" />
        <o-radio v-model="app.sponsorship" name="visa_sponsorship" native-value="none" :label="posting.sponsorNo" />
      </div>
    </o-field>
    <o-field label="Earliest start date" horizontal message="Type it (e.g. 3/2/2027) or pick it from the calendar">
      <o-datepicker v-model="app.startDate" locale="en-US" :mobile-native="false" :min-date="today" editable placeholder="Pick a date" name="start_on" expanded />
    </o-field>
    <o-field label="Base salary expectation" horizontal addons>
      <o-input v-model="app.salary" name="base_salary" type="number" min="0" placeholder="Amount" expanded />
      <p class="control"><span class="am-static">USD / year</span></p>
    </o-field>

    <h3>Documents</h3>
    <o-field label="Resume *" horizontal>
      <o-upload v-model="app.resume" name="resume_file" accept=".pdf,.doc,.docx">
        <o-button tag="span" variant="primary" icon-left="upload">Upload resume</o-button>
      </o-upload>
      <span class="am-file">{{ app.resume ? app.resume.name : 'No file chosen' }}</span>
    </o-field>
    <o-field label="Cover letter" horizontal message="Optional — paste it here">
      <o-input v-model="app.coverLetter" type="textarea" name="cover_note" rows="5" expanded />
    </o-field>

    <h3>A few questions from the {{ posting.team }} team</h3>
    <template v-for="q in posting.questions" :key="q.id">
      <o-field v-if="q.kind === 'radio'" :label="q.label" horizontal>
        <div class="am-radios"><o-radio v-for="o in q.options" :key="o" v-model="app.answers[q.id]" :name="q.id" :native-value="o" :label="o" /></div>
      </o-field>
      <o-field v-else-if="q.kind === 'select'" :label="q.label" horizontal>
        <o-select v-model="app.answers[q.id]" :name="q.id" placeholder="Select…" expanded><option v-for="o in q.options" :key="o" :value="o">{{ o }}</option></o-select>
      </o-field>
      <o-field v-else-if="q.kind === 'check'" horizontal>
        <o-checkbox v-model="app.answers[q.id]" :name="q.id" :label="q.label" />
      </o-field>
      <o-field v-else :label="q.label" horizontal><o-input v-model="app.answers[q.id]" type="textarea" :name="q.id" rows="3" expanded /></o-field>
    </template>
    <o-field label="How did you find this role?" horizontal>
      <o-select v-model="app.hear" name="source" placeholder="Select…" expanded><option v-for="h in HEAR" :key="h" :value="h">{{ h }}</option></o-select>
    </o-field>

    <h3>Voluntary self-identification</h3>
    <p class="am-note">Answering is optional and never seen by the hiring team.</p>
    <o-field label="Gender" horizontal>
      <o-select v-model="app.gender" name="eeo_gender" placeholder="Select…" expanded><option value="f">Woman</option><option value="m">Man</option><option value="nb">Non-binary</option><option value="x">I prefer not to say</option></o-select>
    </o-field>
    <o-field label="Protected veteran status" horizontal>
      <o-select v-model="app.veteran" name="eeo_veteran" placeholder="Select…" expanded><option value="no">I am not a protected veteran</option><option value="yes">I identify as a protected veteran</option><option value="x">I prefer not to say</option></o-select>
    </o-field>
    <o-field label="Disability" horizontal>
      <div class="am-radios"><o-radio v-model="app.disability" name="eeo_disability" native-value="yes" label="Yes" /><o-radio v-model="app.disability" name="eeo_disability" native-value="no" label="No" /><o-radio v-model="app.disability" name="eeo_disability" native-value="x" label="I don’t wish to answer" /></div>
    </o-field>

    <o-field horizontal><o-switch v-model="app.talentPool" name="talent_pool" label="Keep my details for future Ampelmoor roles" /></o-field>
    <o-field horizontal><o-checkbox v-model="app.consent" name="privacy_ack" label="I have read the candidate privacy notice *" /></o-field>
    <o-field horizontal><o-button type="submit" variant="primary" id="am-submit" size="large">Send application</o-button></o-field>
  </form>
  <pre id="model">{{ model }}</pre>
</main>
<footer class="am-footer">
  <form @submit.prevent class="am-news">
    <label for="news-email">Monthly notes from the grid — subscribe</label>
    <input id="news-email" v-model="extra.newsletter" type="email" name="newsletter_email" placeholder="you@example.com" />
    <button type="submit">Subscribe</button>
  </form>
  <p>© 2026 Ampelmoor Energy, Inc.</p>
</footer>`,
  };
  createApp(App).use(createOruga({}, OrugaComponentPlugins)).mount('#app');
}

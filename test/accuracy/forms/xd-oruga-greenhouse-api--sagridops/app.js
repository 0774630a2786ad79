/*
 * Another posting on the same template: a grid-software company's own careers site (Vue 3 + Oruga UI,
 * default theme) posting to its Greenhouse job board through the Job Board API, so the field names are
 * the API's (`first_name`, `location`, `resume`, `cover_letter_text`, `question_31880101`…). This board
 * has no education block, pronouns or disability question; its custom questions are other ones, and
 * some single-selects carry the API's option ids as values. The reactive application object is
 * rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createOruga, OrugaComponentPlugins } from '@oruga-ui/oruga-next';
import '@oruga-ui/theme-oruga/style.css';

const PLACES = [
  'San Antonio, Texas, United States', 'San Diego, California, United States', 'San Francisco, California, United States',
  'San Jose, California, United States', 'San Juan, Puerto Rico', 'Santa Clara, California, United States',
  'Santa Monica, California, United States', 'Oakland, California, United States', 'Boston, Massachusetts, United States',
  'Cambridge, England, United Kingdom', 'Pittsburgh, Pennsylvania, United States', 'Seattle, Washington, United States',
];

const App = {
  setup() {
    const application = reactive({
      first_name: '', last_name: '', email: '', location: '', phone: '', resume: null,
      question_31880101: '', question_31880102: '', question_31880103: '', question_31880104: '', question_31880105: '',
      question_31880106: '', start_date: null, question_31880107: '', question_31880108: '', cover_letter_text: '',
      gender: '', veteran_status: '', job_alerts: false, data_compliance: false,
    });
    const sent = ref(false);
    const places = computed(() => PLACES.filter((place) => place.toLowerCase().includes(application.location.toLowerCase())));
    const formatDate = (date) => (date ? `${String(date.getMonth() + 1).padStart(2, '0')}/${String(date.getDate()).padStart(2, '0')}/${date.getFullYear()}` : '');
    const parseDate = (text) => {
      const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
      return match ? new Date(Number(match[3]), Number(match[1]) - 1, Number(match[2])) : null;
    };
    const shown = computed(() => ({
      ...application,
      resume: application.resume ? application.resume.name : null,
      start_date: application.start_date ? `${application.start_date.getFullYear()}-${String(application.start_date.getMonth() + 1).padStart(2, '0')}-${String(application.start_date.getDate()).padStart(2, '0')}` : null,
    }));
    const submit = () => {
      if (!application.first_name || !application.last_name || !application.email || !application.resume || !application.question_31880103 || !application.question_31880104 || !application.data_compliance) return;
      sent.value = true;
    };
    return { application, sent, places, formatDate, parseDate, shown, submit };
  },
  template: `
    <div v-if="sent" id="gh-confirmation"><h2>Thanks for applying!</h2><p>Your application has been submitted to the Fernmoor Grid Systems recruiting team.</p></div>
    <form v-else id="application-form" @submit.prevent="submit" novalidate>
      <h1>Data Engineer, Grid Operations</h1>
      <p class="job-meta">Grid Operations Software · Oakland, CA (Hybrid, 2 days in office)</p>
      <div class="two">
        <o-field label="First Name *"><o-input v-model="application.first_name" name="first_name" autocomplete="off" expanded /></o-field>
        <o-field label="Last Name *"><o-input v-model="application.last_name" name="last_name" autocomplete="off" expanded /></o-field>
      </div>
      <o-field label="Email *"><o-input v-model="application.email" type="email" name="email" expanded /></o-field>
      <o-field label="Location (City)" message="Start typing and pick your city from the list">
        <o-autocomplete v-model:input="application.location" :options="places" name="location" placeholder="Start typing…" open-on-focus keep-first expanded />
      </o-field>
      <o-field label="Phone"><o-input v-model="application.phone" type="tel" name="phone" expanded /></o-field>
      <o-field label="Resume/CV *" class="resume-field">
        <o-upload v-model="application.resume" name="resume" accept=".pdf,.doc,.docx,.txt,.rtf" drag-drop expanded>
          <div style="padding: 18px; text-align: center">
            <p><strong>Attach</strong> your resume, or drop it here</p>
            <p style="font-size: 13px; color: #667">{{ application.resume ? application.resume.name : 'PDF, DOC, DOCX, TXT or RTF' }}</p>
          </div>
        </o-upload>
      </o-field>

      <h2 class="section">Questions</h2>
      <o-field label="LinkedIn Profile"><o-input v-model="application.question_31880101" name="question_31880101" expanded /></o-field>
      <o-field label="GitHub or code samples"><o-input v-model="application.question_31880102" name="question_31880102" expanded /></o-field>
      <o-field label="Do you currently live in the San Francisco Bay Area? *">
        <o-select v-model="application.question_31880103" name="question_31880103" placeholder="Please select" expanded>
          <option value="1">Yes</option><option value="0">No</option>
        </o-select>
      </o-field>
      <o-field label="Will you require Fernmoor to sponsor a visa for you to work in the U.S., now or in the future? *">
        <o-select v-model="application.question_31880104" name="question_31880104" placeholder="Please select" expanded>
          <option value="81723401">Yes, I will require sponsorship</option><option value="81723402">No, I do not require sponsorship</option>
        </o-select>
      </o-field>
      <o-field label="Total years of professional work experience">
        <o-select v-model="application.question_31880105" name="question_31880105" placeholder="Please select" expanded>
          <option value="81723410">1-3</option><option value="81723411">4-6</option><option value="81723412">7-10</option><option value="81723413">10+</option>
        </o-select>
      </o-field>
      <o-field label="What is your expected annual compensation (base salary, USD)?"><o-input v-model="application.question_31880106" name="question_31880106" expanded /></o-field>
      <o-field label="When could you start?" message="MM/DD/YYYY">
        <o-datepicker v-model="application.start_date" :formatter="formatDate" :parser="parseDate" :mobile-native="false" :min-date="new Date(2026, 0, 1)" editable placeholder="MM/DD/YYYY" name="start_date" expanded />
      </o-field>
      <o-field label="This role visits substations and control centers across Northern California. Are you willing to travel up to 25% of the time?">
        <o-select v-model="application.question_31880107" name="question_31880107" placeholder="Please select" expanded>
          <option value="1">Yes</option><option value="0">No</option>
        </o-select>
      </o-field>
      <o-field label="How did you hear about this job?">
        <o-select v-model="application.question_31880108" name="question_31880108" placeholder="Please select" expanded>
          <option value="81723420">Fernmoor website</option><option value="81723421">LinkedIn</option><option value="81723422">Referral from a Fernmoor employee</option><option value="81723423">Conference or meetup</option><option value="81723424">Other</option>
        </o-select>
      </o-field>
      <o-field label="Cover Letter"><o-input v-model="application.cover_letter_text" type="textarea" name="cover_letter_text" rows="6" expanded /></o-field>

      <h2 class="section">U.S. Equal Employment Opportunity information</h2>
      <p class="eeo-intro">Completion is voluntary and will not subject you to adverse treatment. Our company values diversity.</p>
      <div class="two">
        <o-field label="Gender"><o-select v-model="application.gender" name="gender" placeholder="Please select" expanded><option value="1">Male</option><option value="2">Female</option><option value="3">Decline To Self Identify</option></o-select></o-field>
        <o-field label="Veteran Status"><o-select v-model="application.veteran_status" name="veteran_status" placeholder="Please select" expanded><option value="1">I am not a protected veteran</option><option value="2">I identify as one or more of the classifications of protected veteran</option><option value="3">I don't wish to answer</option></o-select></o-field>
      </div>

      <o-field><o-switch v-model="application.job_alerts" name="job_alerts" label="Send me Fernmoor job alerts" /></o-field>
      <o-field><o-checkbox v-model="application.data_compliance" name="data_compliance" label="I agree to the Fernmoor applicant privacy notice *" /></o-field>
      <o-button type="submit" variant="primary" id="submit_app" size="large">Submit Application</o-button>
    </form>
    <pre id="model">{{ JSON.stringify(shown, null, 1) }}</pre>
  `,
};

createApp(App).use(createOruga({}, OrugaComponentPlugins)).mount('#app');

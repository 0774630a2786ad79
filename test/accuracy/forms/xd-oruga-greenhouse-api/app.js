/*
 * A robotics company's own careers site (Vue 3 + Oruga UI with its default theme) that posts
 * applications to its Greenhouse job board through the Job Board API: the field names are the API's
 * (`first_name`, `location`, `resume`, `cover_letter_text`, `question_27193001`…). OField labels,
 * OInput text fields, an OAutocomplete for the location whose suggestions read "City, State,
 * Country", an education block (school OAutocomplete, degree and discipline OSelects), native
 * OSelects for the yes/no questions and the EEOC block, ORadio pronouns, an OUpload drag-and-drop
 * zone around the resume input, an ODatepicker, an OSwitch and an OCheckbox. The reactive
 * application object is rendered into <pre id="model">.
 */
import { computed, createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';
import { createOruga, OrugaComponentPlugins } from '@oruga-ui/oruga-next';
import '@oruga-ui/theme-oruga/style.css';

const PLACES = [
  'San Antonio, Texas, United States', 'San Diego, California, United States', 'San Francisco, California, United States',
  'San Jose, California, United States', 'San Juan, Puerto Rico', 'Santa Clara, California, United States',
  'Santa Monica, California, United States', 'Boston, Massachusetts, United States', 'Cambridge, Massachusetts, United States',
  'Cambridge, England, United Kingdom', 'Pittsburgh, Pennsylvania, United States', 'Seattle, Washington, United States',
];

const SCHOOLS = [
  'Boston College', 'Boston University', 'Carnegie Mellon University', 'Massachusetts Institute of Technology', 'Northeastern University',
  'Stanford University', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine',
  'University of California, Los Angeles', 'University of California, San Diego', 'University of Michigan', 'University of Washington',
];
const DEGREES = ['High School', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Master of Business Administration (M.B.A.)', 'Juris Doctor (J.D.)', 'Doctor of Medicine (M.D.)', 'Doctor of Philosophy (Ph.D.)', "Engineer's Degree", 'Other'];
const DISCIPLINES = ['Computer Science', 'Data Science', 'Electrical Engineering', 'Mathematics', 'Mechanical Engineering', 'Physics', 'Statistics', 'Other'];

const App = {
  setup() {
    const application = reactive({
      first_name: '', last_name: '', preferred_name: '', email: '', phone: '', location: '', resume: null, cover_letter_text: '',
      question_27193001: '', question_27193002: '', question_27193003: '', question_27193004: '', question_27193005: null,
      question_27193006: '', question_27193007: '', start_date: null, pronouns: null, school_name: '', degree: '', discipline: '',
      gender: '', race: '', veteran_status: '', disability_status: '', job_alerts: false, data_compliance: false,
    });
    const sent = ref(false);
    const places = computed(() => PLACES.filter((place) => place.toLowerCase().includes(application.location.toLowerCase())));
    const schools = computed(() => (application.school_name.length < 2 ? [] : SCHOOLS.filter((school) => school.toLowerCase().includes(application.school_name.toLowerCase()))));
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
      if (!application.first_name || !application.last_name || !application.email || !application.resume || !application.question_27193003 || !application.question_27193004 || !application.data_compliance) return;
      sent.value = true;
    };
    return { application, sent, places, schools, degrees: DEGREES, disciplines: DISCIPLINES, formatDate, parseDate, shown, submit };
  },
  template: `
    <div v-if="sent" id="gh-confirmation"><h2>Thanks for applying!</h2><p>Your application has been submitted to the Tidewater Robotics recruiting team.</p></div>
    <form v-else id="application-form" @submit.prevent="submit" novalidate>
      <h1>Senior Data Engineer</h1>
      <p class="job-meta">Data Platform · Boston, MA or Remote (US)</p>
      <div class="two">
        <o-field label="First Name *"><o-input v-model="application.first_name" name="first_name" autocomplete="off" expanded /></o-field>
        <o-field label="Last Name *"><o-input v-model="application.last_name" name="last_name" autocomplete="off" expanded /></o-field>
      </div>
      <o-field label="Preferred First Name" message="Only if different from your first name"><o-input v-model="application.preferred_name" name="preferred_name" expanded /></o-field>
      <o-field label="Email *"><o-input v-model="application.email" type="email" name="email" expanded /></o-field>
      <o-field label="Phone"><o-input v-model="application.phone" type="tel" name="phone" expanded /></o-field>
      <o-field label="Location (City)" message="Start typing and pick your city from the list">
        <o-autocomplete v-model:input="application.location" :options="places" name="location" placeholder="Start typing…" open-on-focus keep-first expanded />
      </o-field>
      <o-field label="Resume/CV *" class="resume-field">
        <o-upload v-model="application.resume" name="resume" accept=".pdf,.doc,.docx,.txt,.rtf" drag-drop expanded>
          <div style="padding: 18px; text-align: center">
            <p><strong>Attach</strong> your resume, or drop it here</p>
            <p style="font-size: 13px; color: #667">{{ application.resume ? application.resume.name : 'PDF, DOC, DOCX, TXT or RTF' }}</p>
          </div>
        </o-upload>
      </o-field>
      <h2 class="section">Education</h2>
      <o-field label="School"><o-autocomplete v-model:input="application.school_name" :options="schools" name="school_name" placeholder="Start typing…" expanded /></o-field>
      <div class="two">
        <o-field label="Degree"><o-select v-model="application.degree" name="degree" placeholder="Please select" expanded><option v-for="degree in degrees" :key="degree" :value="degree">{{ degree }}</option></o-select></o-field>
        <o-field label="Discipline"><o-select v-model="application.discipline" name="discipline" placeholder="Please select" expanded><option v-for="discipline in disciplines" :key="discipline" :value="discipline">{{ discipline }}</option></o-select></o-field>
      </div>
      <o-field label="Cover Letter"><o-input v-model="application.cover_letter_text" type="textarea" name="cover_letter_text" rows="6" expanded /></o-field>

      <h2 class="section">Questions</h2>
      <o-field label="LinkedIn Profile"><o-input v-model="application.question_27193001" name="question_27193001" expanded /></o-field>
      <o-field label="Website"><o-input v-model="application.question_27193002" name="question_27193002" expanded /></o-field>
      <o-field label="Are you legally authorized to work in the United States? *">
        <o-select v-model="application.question_27193003" name="question_27193003" placeholder="Please select" expanded>
          <option value="1">Yes</option><option value="0">No</option>
        </o-select>
      </o-field>
      <o-field label="Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)? *">
        <o-select v-model="application.question_27193004" name="question_27193004" placeholder="Please select" expanded>
          <option value="1">Yes</option><option value="0">No</option>
        </o-select>
      </o-field>
      <o-field label="How many years of hands-on experience do you have with Apache Spark or Flink?">
        <o-input v-model="application.question_27193005" type="number" name="question_27193005" min="0" expanded />
      </o-field>
      <o-field label="What are your salary expectations for this role?"><o-input v-model="application.question_27193006" name="question_27193006" expanded /></o-field>
      <o-field label="When could you start?" message="MM/DD/YYYY">
        <o-datepicker v-model="application.start_date" :formatter="formatDate" :parser="parseDate" :mobile-native="false" :min-date="new Date(2026, 0, 1)" editable placeholder="MM/DD/YYYY" name="start_date" expanded />
      </o-field>
      <o-field label="Pronouns">
        <div class="radio-row" role="radiogroup">
          <o-radio v-model="application.pronouns" name="pronouns" native-value="she/her" label="she/her" />
          <o-radio v-model="application.pronouns" name="pronouns" native-value="he/him" label="he/him" />
          <o-radio v-model="application.pronouns" name="pronouns" native-value="they/them" label="they/them" />
          <o-radio v-model="application.pronouns" name="pronouns" native-value="other" label="Let me type my own" />
        </div>
      </o-field>
      <o-field label="How did you hear about this job?"><o-input v-model="application.question_27193007" name="question_27193007" expanded /></o-field>

      <h2 class="section">U.S. Equal Employment Opportunity information</h2>
      <p class="eeo-intro">Completion is voluntary and will not subject you to adverse treatment. Our company values diversity.</p>
      <div class="two">
        <o-field label="Gender"><o-select v-model="application.gender" name="gender" placeholder="Please select" expanded><option value="1">Male</option><option value="2">Female</option><option value="3">Decline To Self Identify</option></o-select></o-field>
        <o-field label="Race"><o-select v-model="application.race" name="race" placeholder="Please select" expanded><option value="1">American Indian or Alaskan Native</option><option value="2">Asian</option><option value="3">Black or African American</option><option value="4">Hispanic or Latino</option><option value="5">White</option><option value="6">Native Hawaiian or Other Pacific Islander</option><option value="7">Two or More Races</option><option value="8">Decline To Self Identify</option></o-select></o-field>
        <o-field label="Veteran Status"><o-select v-model="application.veteran_status" name="veteran_status" placeholder="Please select" expanded><option value="1">I am not a protected veteran</option><option value="2">I identify as one or more of the classifications of protected veteran</option><option value="3">I don't wish to answer</option></o-select></o-field>
        <o-field label="Disability Status"><o-select v-model="application.disability_status" name="disability_status" placeholder="Please select" expanded><option value="1">Yes, I have a disability (or previously had a disability)</option><option value="2">No, I don't have a disability</option><option value="3">I don't wish to answer</option></o-select></o-field>
      </div>

      <o-field><o-switch v-model="application.job_alerts" name="job_alerts" label="Email me about future openings at Tidewater" /></o-field>
      <o-field><o-checkbox v-model="application.data_compliance" name="data_compliance" label="I agree to the Tidewater candidate privacy policy *" /></o-field>
      <o-button type="submit" variant="primary" id="submit_app" size="large">Submit Application</o-button>
    </form>
    <pre id="model">{{ JSON.stringify(shown, null, 1) }}</pre>
  `,
};

createApp(App).use(createOruga({}, OrugaComponentPlugins)).mount('#app');

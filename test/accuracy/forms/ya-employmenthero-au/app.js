/*
 * Employment Hero Careers-style job application (Australia), written as a small Vue 3 app with a
 * template compiled in the page. Field titles are <div>s tied to their inputs by aria-labelledby
 * (no <label for>), a dial-code select preset "AU +61" whose options show only the ISO code and
 * the dial code ("CA +1" before "US +1"), a national mobile box, "Current location", a resume
 * drop zone with a hidden input, a cover letter written in a textarea or uploaded instead, the
 * employer's screening questions (right to work in Australia, similar-role experience buckets,
 * salary in AUD incl. super, notice period, start date DD/MM/YYYY), optional diversity questions,
 * a privacy consent and a talent-pool opt-in. A "Share this job" box sits beside the form. The
 * reactive application is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';

const DIAL = [
  { code: 'AU', dial: '+61' }, { code: 'NZ', dial: '+64' }, { code: 'CA', dial: '+1' }, { code: 'GB', dial: '+44' },
  { code: 'IN', dial: '+91' }, { code: 'MY', dial: '+60' }, { code: 'PH', dial: '+63' }, { code: 'SG', dial: '+65' }, { code: 'US', dial: '+1' },
];

const App = {
  setup() {
    const form = reactive({
      firstName: '', lastName: '', email: '', phoneCountry: 'AU', phone: '', location: '', pronouns: '',
      resume: null, coverLetterText: '', coverLetterFile: null, linkedin: '',
      answers: { rightToWork: '', experience: '', salary: '', notice: '', startDate: '', relocate: '', wwcc: '' },
      diversity: { gender: '', indigenous: '' },
      privacy: false, talentPool: false,
    });
    const share = reactive({ friendEmail: '' });
    const submitted = ref(false);
    const errors = ref([]);
    const dragging = ref(false);
    function pick(key, event) { form[key] = event.target.files[0]?.name ?? null; }
    function submit() {
      const e = [];
      if (!form.firstName || !form.lastName) e.push('Name');
      if (!form.email) e.push('Email');
      if (!form.resume) e.push('Resume');
      if (!form.answers.rightToWork) e.push('Right to work');
      if (!form.privacy) e.push('Privacy policy');
      errors.value = e;
      if (!e.length) submitted.value = true;
    }
    return { form, share, submitted, errors, dragging, pick, submit, DIAL };
  },
  template: `
  <div class="eh-layout">
    <div class="eh-card" v-if="!submitted">
      <h1 class="eh-job">Senior Data Engineer</h1>
      <p class="eh-meta">Wattle &amp; Gum Energy &middot; Melbourne VIC &middot; Full time &middot; Hybrid</p>
      <form id="job-application-form" novalidate @submit.prevent="submit">
        <h2 class="eh-section">Your details</h2>
        <div class="eh-grid">
          <div class="eh-field"><div class="eh-title" id="title-first-name">First name <em>*</em></div>
            <input id="first-name" name="first_name" class="eh-input" aria-labelledby="title-first-name" v-model="form.firstName" autocomplete="given-name"></div>
          <div class="eh-field"><div class="eh-title" id="title-last-name">Last name <em>*</em></div>
            <input id="last-name" name="last_name" class="eh-input" aria-labelledby="title-last-name" v-model="form.lastName" autocomplete="family-name"></div>
        </div>
        <div class="eh-field"><div class="eh-title" id="title-email">Email <em>*</em></div>
          <input id="email" name="email" type="email" class="eh-input" aria-labelledby="title-email" v-model="form.email"></div>
        <div class="eh-field"><div class="eh-title" id="title-phone">Mobile number</div>
          <div class="eh-phone">
            <select id="phone-country" name="phone_country" class="eh-input eh-dial" aria-label="Country code" v-model="form.phoneCountry">
              <option v-for="d in DIAL" :key="d.code" :value="d.code">{{ d.code }} {{ d.dial }}</option>
            </select>
            <input id="phone" name="phone" type="tel" class="eh-input" aria-labelledby="title-phone" placeholder="412 345 678" v-model="form.phone">
          </div></div>
        <div class="eh-field"><div class="eh-title" id="title-location">Current location</div>
          <input id="location" name="location" class="eh-input" aria-labelledby="title-location" placeholder="e.g. Richmond VIC" v-model="form.location"></div>
        <div class="eh-field"><div class="eh-title" id="title-pronouns">Pronouns <span class="eh-opt">(optional)</span></div>
          <select id="pronouns" name="pronouns" class="eh-input" aria-labelledby="title-pronouns" v-model="form.pronouns">
            <option value="">Select</option><option value="she">she/her</option><option value="he">he/him</option><option value="they">they/them</option><option value="other">Other</option><option value="na">Prefer not to say</option>
          </select></div>
        <div class="eh-field"><div class="eh-title" id="title-linkedin">LinkedIn profile <span class="eh-opt">(optional)</span></div>
          <input id="linkedin" name="linkedin" class="eh-input" aria-labelledby="title-linkedin" placeholder="https://www.linkedin.com/in/" v-model="form.linkedin"></div>

        <h2 class="eh-section">Resume &amp; cover letter</h2>
        <div class="eh-field"><div class="eh-title" id="title-resume">Resume <em>*</em></div>
          <label class="eh-drop" :class="{ over: dragging }" @dragover.prevent="dragging = true" @dragleave="dragging = false">
            <input id="resume" name="resume" type="file" class="eh-hidden" aria-labelledby="title-resume" accept=".pdf,.doc,.docx" @change="pick('resume', $event)">
            <span v-if="form.resume" class="eh-file">{{ form.resume }}</span>
            <span v-else><strong>Upload a file</strong> or drag and drop here<br><small>PDF, DOC, DOCX up to 10MB</small></span>
          </label></div>
        <div class="eh-field"><div class="eh-title" id="title-cover">Cover letter <span class="eh-opt">(optional)</span></div>
          <textarea id="cover-letter" name="cover_letter" class="eh-input" rows="6" aria-labelledby="title-cover" placeholder="Tell us why you'd be great for this role" v-model="form.coverLetterText"></textarea>
          <div class="eh-or">or <span id="title-cover-file">upload a cover letter instead</span>:
            <input id="cover-letter-file" name="cover_letter_file" type="file" aria-labelledby="title-cover-file" accept=".pdf,.doc,.docx" @change="pick('coverLetterFile', $event)"></div></div>

        <h2 class="eh-section">Questions from Wattle &amp; Gum Energy</h2>
        <fieldset class="eh-field eh-set"><legend class="eh-title">What are your working rights in Australia? <em>*</em></legend>
          <label class="eh-radio"><input type="radio" name="right_to_work" value="citizen" v-model="form.answers.rightToWork"> I'm an Australian citizen</label>
          <label class="eh-radio"><input type="radio" name="right_to_work" value="pr" v-model="form.answers.rightToWork"> I'm a permanent resident or New Zealand citizen</label>
          <label class="eh-radio"><input type="radio" name="right_to_work" value="visa" v-model="form.answers.rightToWork"> I have a temporary visa with full work rights</label>
          <label class="eh-radio"><input type="radio" name="right_to_work" value="sponsor" v-model="form.answers.rightToWork"> I require sponsorship to work in Australia</label>
        </fieldset>
        <fieldset class="eh-field eh-set"><legend class="eh-title">How many years of experience do you have in a similar role?</legend>
          <label class="eh-radio"><input type="radio" name="experience" value="lt1" v-model="form.answers.experience"> Less than 1 year</label>
          <label class="eh-radio"><input type="radio" name="experience" value="1to3" v-model="form.answers.experience"> 1 - 3 years</label>
          <label class="eh-radio"><input type="radio" name="experience" value="3to5" v-model="form.answers.experience"> 3 - 5 years</label>
          <label class="eh-radio"><input type="radio" name="experience" value="5plus" v-model="form.answers.experience"> 5+ years</label>
        </fieldset>
        <div class="eh-field"><div class="eh-title" id="title-salary">What are your salary expectations? (AUD per annum, including super)</div>
          <div class="eh-prefix"><span>A$</span><input id="salary" name="salary" class="eh-input" inputmode="numeric" aria-labelledby="title-salary" v-model="form.answers.salary"></div></div>
        <div class="eh-field"><div class="eh-title" id="title-notice">What is your notice period?</div>
          <select id="notice" name="notice" class="eh-input" aria-labelledby="title-notice" v-model="form.answers.notice">
            <option value="">Select</option><option>Immediately available</option><option>1 week</option><option>2 weeks</option><option>4 weeks</option><option>More than 4 weeks</option>
          </select></div>
        <div class="eh-field"><div class="eh-title" id="title-start">When could you start?</div>
          <input id="start-date" name="start_date" class="eh-input" aria-labelledby="title-start" placeholder="DD/MM/YYYY" v-model="form.answers.startDate"></div>
        <div class="eh-field"><div class="eh-title" id="title-relocate">Would you relocate to Melbourne for this role?</div>
          <select id="relocate" name="relocate" class="eh-input" aria-labelledby="title-relocate" v-model="form.answers.relocate">
            <option value="">Select</option><option>Yes</option><option>No</option><option>I already live in Melbourne</option>
          </select></div>
        <div class="eh-field"><label class="eh-check"><input type="checkbox" id="wwcc" name="wwcc" true-value="yes" false-value="" v-model="form.answers.wwcc"> I hold a current Working with Children Check (required for our school outreach program)</label></div>

        <h2 class="eh-section">Diversity <span class="eh-opt">(optional)</span></h2>
        <p class="eh-note">We collect this to understand who applies to Wattle &amp; Gum Energy. Your answers are not visible to the hiring team.</p>
        <div class="eh-field"><div class="eh-title" id="title-gender">How do you describe your gender?</div>
          <select id="gender" name="gender" class="eh-input" aria-labelledby="title-gender" v-model="form.diversity.gender">
            <option value="">Select</option><option>Woman</option><option>Man</option><option>Non-binary</option><option>I use a different term</option><option>Prefer not to say</option>
          </select></div>
        <div class="eh-field"><div class="eh-title" id="title-indigenous">Do you identify as Aboriginal and/or Torres Strait Islander?</div>
          <select id="indigenous" name="indigenous" class="eh-input" aria-labelledby="title-indigenous" v-model="form.diversity.indigenous">
            <option value="">Select</option><option>Yes, Aboriginal</option><option>Yes, Torres Strait Islander</option><option>Yes, both</option><option>No</option><option>Prefer not to say</option>
          </select></div>

        <div class="eh-field"><label class="eh-check"><input type="checkbox" id="privacy" name="privacy" v-model="form.privacy"> I have read and agree to the <a href="#">Privacy Policy</a> and consent to Wattle &amp; Gum Energy collecting my personal information for recruitment. <em>*</em></label></div>
        <div class="eh-field"><label class="eh-check"><input type="checkbox" id="talent-pool" name="talent_pool" v-model="form.talentPool"> Keep my details on file for future opportunities</label></div>
        <p v-if="errors.length" class="eh-error" role="alert">Please complete: {{ errors.join(', ') }}</p>
        <button type="submit" id="submit-application" class="eh-btn">Submit application</button>
      </form>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </div>
    <div class="eh-card" id="application-success" v-else>
      <h2>Application submitted</h2><p>Thanks {{ form.firstName }}, we've received your application.</p>
      <pre id="model">{{ JSON.stringify(form, null, 2) }}</pre>
    </div>
    <aside class="eh-side">
      <h3>Share this job</h3>
      <div class="eh-title" id="title-friend">Send to a friend</div>
      <input id="share-email" class="eh-input" type="email" aria-labelledby="title-friend" placeholder="friend@example.com" v-model="share.friendEmail">
      <button type="button" class="eh-btn eh-btn-outline">Send</button>
    </aside>
  </div>`,
};

createApp(App).mount('#app');

/*
 * A climate-analytics nonprofit's careers page, written in Vue 3 with native controls only. The
 * eligibility questions are a list of statements to tick ("check all that apply"), pronouns are
 * a checkbox group, the country select shows two-letter codes, the pay period select starts on
 * "per hour", experience and education are radio lists in the employer's words, and the start
 * is asked as windows from today. The reactive form is rendered into <pre id="model">.
 */
import { createApp, reactive, ref } from 'vue/dist/vue.esm-bundler.js';

const App = {
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '', city: '', region: '', country: '', github: '', portfolio: '',
      statements: { authorized: false, sponsorship: false, employed: false, relocate: false, license: false },
      pronouns: [], education: '', experience: '', payAmount: '', payPeriod: 'hour', start: '',
      resume: null, coverLetter: '', sources: [], consent: false, newsletter: false,
    });
    const sent = ref(false);
    const error = ref('');
    const countries = ['AU', 'BR', 'CA', 'DE', 'GB', 'IN', 'KE', 'MX', 'NL', 'US'];
    const statements = [
      ['authorized', 'I am legally authorized to work in the United States.'],
      ['sponsorship', 'I will now or in the future require employer sponsorship for a work visa.'],
      ['employed', 'I am currently employed.'],
      ['relocate', 'I am willing to relocate to Denver, CO.'],
      ['license', 'I hold a valid driver’s license.'],
    ];
    const pronounSets = ['she/her', 'he/him', 'they/them', 'xe/xem', 'prefer not to say'];
    const educations = ['High school / GED', '2-year degree', '4-year degree (BA/BS)', 'Graduate degree (MS/MA/MBA)', 'PhD'];
    const experiences = ['Fewer than 3', '3–6', 'More than 6'];
    const starts = ['Right away', 'In the next 2 weeks', 'In 2 to 6 weeks', 'In more than 6 weeks'];
    const sources = ['Idealist', 'Climatebase', 'LinkedIn', 'Someone on our team', 'Conference'];
    const onFile = (event) => { form.resume = event.target.files[0]?.name ?? null; };
    const submit = () => {
      const missing = ['fullName', 'email', 'country'].filter((key) => !form[key]);
      if (!form.resume) missing.push('resume');
      if (!form.consent) missing.push('consent');
      if (missing.length) { error.value = 'Please complete: ' + missing.join(', '); return; }
      sent.value = true;
    };
    return { form, sent, error, countries, statements, pronounSets, educations, experiences, starts, sources, onFile, submit };
  },
  template: `
    <div v-if="sent" id="thank-you"><h2>Thank you!</h2><p>We read every application and will reply within three weeks.</p></div>
    <form v-else class="vf" @submit.prevent="submit" novalidate>
      <div class="vf-group"><label for="vf-fullName">Full name *</label><input id="vf-fullName" v-model="form.fullName" autocomplete="off"></div>
      <div class="vf-two">
        <div class="vf-group"><label for="vf-email">Email *</label><input id="vf-email" type="email" v-model="form.email"></div>
        <div class="vf-group"><label for="vf-phone">Phone</label><input id="vf-phone" type="tel" v-model="form.phone"></div>
      </div>
      <div class="vf-three">
        <div class="vf-group"><label for="vf-city">City</label><input id="vf-city" v-model="form.city"></div>
        <div class="vf-group"><label for="vf-region">State / region</label><input id="vf-region" v-model="form.region"></div>
        <div class="vf-group"><label for="vf-country">Country *</label>
          <select id="vf-country" v-model="form.country"><option value="">—</option><option v-for="code in countries" :key="code" :value="code">{{ code }}</option></select>
          <small>Two-letter ISO code</small>
        </div>
      </div>
      <div class="vf-two">
        <div class="vf-group"><label for="vf-github">GitHub</label><input id="vf-github" v-model="form.github" placeholder="https://github.com/…"></div>
        <div class="vf-group"><label for="vf-portfolio">Portfolio</label><input id="vf-portfolio" v-model="form.portfolio"></div>
      </div>

      <fieldset class="vf-fieldset" id="vf-statements">
        <legend>Eligibility — check every statement that is true for you</legend>
        <label v-for="[key, text] in statements" :key="key" class="vf-check"><input type="checkbox" :id="'vf-st-' + key" v-model="form.statements[key]"> {{ text }}</label>
      </fieldset>

      <fieldset class="vf-fieldset" id="vf-pronouns">
        <legend>Pronouns <span class="muted">(select all that apply, optional)</span></legend>
        <label v-for="(set, index) in pronounSets" :key="set" class="vf-check inline"><input type="checkbox" :id="'vf-pronoun-' + index" :value="set" v-model="form.pronouns"> {{ set }}</label>
      </fieldset>

      <fieldset class="vf-fieldset" id="vf-education">
        <legend>Highest education completed</legend>
        <label v-for="(option, index) in educations" :key="option" class="vf-check"><input type="radio" name="education" :id="'vf-edu-' + index" :value="option" v-model="form.education"> {{ option }}</label>
      </fieldset>
      <fieldset class="vf-fieldset" id="vf-experience">
        <legend>Years working with data pipelines in production</legend>
        <label v-for="(option, index) in experiences" :key="option" class="vf-check inline"><input type="radio" name="experience" :id="'vf-exp-' + index" :value="option" v-model="form.experience"> {{ option }}</label>
      </fieldset>

      <div class="vf-two">
        <div class="vf-group"><label for="vf-payAmount">Desired pay (USD)</label><input id="vf-payAmount" inputmode="numeric" v-model="form.payAmount"></div>
        <div class="vf-group"><label for="vf-payPeriod">Pay period</label>
          <select id="vf-payPeriod" v-model="form.payPeriod"><option value="hour">per hour</option><option value="month">per month</option><option value="year">per year</option></select>
        </div>
      </div>
      <fieldset class="vf-fieldset" id="vf-start">
        <legend>When could you start?</legend>
        <label v-for="(option, index) in starts" :key="option" class="vf-check"><input type="radio" name="start" :id="'vf-start-' + index" :value="option" v-model="form.start"> {{ option }}</label>
      </fieldset>

      <div class="vf-group"><label for="vf-resume">Resume (PDF) *</label><input id="vf-resume" type="file" accept="application/pdf" @change="onFile"></div>
      <div class="vf-group"><label for="vf-coverLetter">Cover letter</label><textarea id="vf-coverLetter" rows="6" v-model="form.coverLetter"></textarea></div>

      <fieldset class="vf-fieldset" id="vf-sources">
        <legend>Where did you hear about this role?</legend>
        <label v-for="(option, index) in sources" :key="option" class="vf-check inline"><input type="checkbox" :id="'vf-src-' + index" :value="option" v-model="form.sources"> {{ option }}</label>
      </fieldset>
      <label class="vf-check"><input type="checkbox" id="vf-consent" v-model="form.consent"> I agree to the processing of my personal data for recruitment purposes. *</label>
      <label class="vf-check"><input type="checkbox" id="vf-newsletter" v-model="form.newsletter"> Send me the Watershed Signal quarterly newsletter.</label>
      <p v-if="error" class="vf-error" role="alert">{{ error }}</p>
      <button type="submit" class="vf-submit">Submit application</button>
      <pre id="model">{{ JSON.stringify(form) }}</pre>
    </form>
  `,
};

createApp(App).mount('#careers-app');

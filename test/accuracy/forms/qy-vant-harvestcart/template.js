/*
 * Harvest Cart's hourly quick-apply page (phones first), Vue 3 + Vant 4 in English. One page:
 * a van-search job search in the header, van-fields with their labels on top, a fixed "+1" before
 * a 10-digit mobile, read-only "is-link" fields that slide a van-action-sheet up from the bottom
 * (state, education, start window, store, source), van-radio-groups (div role=radio, no native
 * radios), one-tap day and shift chips (aria-pressed buttons), a van-stepper, van-switches, a
 * van-uploader that offers the camera, and a sticky "Apply now" bar at the bottom of the screen.
 * Both postings mount this template with their own questions. The reactive form is rendered into
 * <pre id="model">.
 */
import { computed, createApp, reactive } from 'vue/dist/vue.esm-bundler.js';
import Vant, { Locale } from 'vant';
import enUS from 'vant/es/locale/lang/en-US.mjs';
import 'vant/lib/index.css';

Locale.use('en-US', enUS);

const STATES = ['Arizona', 'California', 'Nevada', 'Oregon', 'Washington', 'Other'];
const EDUCATION = ['Some high school', 'High school diploma or GED', 'Some college', 'Associate degree', "Bachelor's degree", 'Graduate degree'];
const SOURCES = ['Indeed', 'Instagram / TikTok', 'A friend who works here', 'Sign at a store', 'Craigslist', 'Other'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function mountApplication(job) {
  const App = {
    setup() {
      const form = reactive({
        jobSearch: '', firstName: '', lastName: '', mobile: '', email: '', street: '', city: '', state: '', zip: '',
        site: '', over18: '', workAuth: '', sponsorship: '', days: [], shifts: [], startWindow: '', years: 0,
        education: '', employer: '', jobTitle: '', payRate: '', resume: [], referralCode: '', source: '', smsUpdates: false, terms: false,
      });
      for (const question of job.questions) form[question.key] = question.type === 'switch' ? false : '';
      const sheets = reactive({ state: false, education: false, startWindow: false, site: false, source: false });
      const sent = reactive({ done: false, error: '' });
      const shown = computed(() => ({ ...form, resume: form.resume.map((item) => item.file?.name ?? null) }));
      const toggle = (list, value) => {
        const at = list.indexOf(value);
        if (at === -1) list.push(value); else list.splice(at, 1);
      };
      const pick = (key) => (action) => { form[key] = action.name; sheets[key] = false; };
      const submit = () => {
        if (!form.firstName || !form.mobile || !form.over18 || !form.terms) {
          sent.error = 'Please answer the required questions and accept the terms.';
          return;
        }
        sent.done = true;
      };
      const asActions = (list) => list.map((name) => ({ name }));
      return {
        job, form, sheets, sent, shown, toggle, pick, submit, days: DAYS,
        states: asActions(STATES), educations: asActions(EDUCATION), sources: asActions(SOURCES),
        windows: asActions(job.startWindows), sites: job.sites.map((site) => ({ name: site.name, subname: site.address })),
      };
    },
    template: `
      <header class="top">
        <div class="brand">🥕 Harvest Cart <span>Careers</span></div>
        <van-search v-model="form.jobSearch" name="q" placeholder="Search jobs near you" shape="round" background="transparent" />
      </header>
      <div v-if="sent.done" id="apply-done" class="done"><van-icon name="checked" size="56" color="#1f9d55" /><h2>You're in the queue!</h2><p>We'll text you about an interview time.</p></div>
      <template v-else>
        <section class="job">
          <h1>{{ job.title }}</h1>
          <p class="meta">{{ job.where }}</p>
          <div class="pay"><van-tag type="success" size="medium">{{ job.pay }}</van-tag> <van-tag plain size="medium">{{ job.kind }}</van-tag></div>
          <p class="blurb">{{ job.blurb }}</p>
        </section>
        <van-form id="quick-apply" @submit="submit" :show-error-message="false">
          <div class="section-title">About you</div>
          <van-cell-group inset>
            <van-field v-model="form.firstName" name="firstName" label="First name" label-align="top" placeholder="First name" autocomplete="given-name" />
            <van-field v-model="form.lastName" name="lastName" label="Last name" label-align="top" placeholder="Last name" autocomplete="family-name" />
            <van-field v-model="form.mobile" name="mobile" type="tel" maxlength="10" label="Mobile number" label-align="top" placeholder="10-digit number">
              <template #left-icon><span class="cc">🇺🇸 +1</span></template>
            </van-field>
            <van-field v-model="form.email" name="email" type="email" label="Email" label-align="top" placeholder="you@email.com" />
          </van-cell-group>
          <div class="section-title">Where do you live?</div>
          <van-cell-group inset>
            <van-field v-model="form.street" name="street" label="Street address" label-align="top" placeholder="Street and number" />
            <van-field v-model="form.city" name="city" label="City" label-align="top" placeholder="City" />
            <van-field v-model="form.state" name="state" label="State" label-align="top" readonly is-link placeholder="Choose" @click="sheets.state = true" />
            <van-field v-model="form.zip" name="zip" type="digit" maxlength="5" label="ZIP" label-align="top" placeholder="5 digits" />
          </van-cell-group>

          <div class="section-title">{{ job.siteTitle }}</div>
          <van-cell-group inset>
            <van-field v-model="form.site" name="site" :label="job.siteLabel" label-align="top" readonly is-link placeholder="Choose a location" @click="sheets.site = true" />
          </van-cell-group>

          <div class="section-title">Quick questions</div>
          <div class="q" id="q-over18"><div class="q-title">Are you at least 18 years old? <b>*</b></div>
            <van-radio-group v-model="form.over18" direction="horizontal"><van-radio name="yes">Yes</van-radio><van-radio name="no">No</van-radio></van-radio-group></div>
          <div class="q" id="q-workauth"><div class="q-title">Can you legally work in the United States?</div>
            <van-radio-group v-model="form.workAuth" direction="horizontal"><van-radio name="yes">Yes</van-radio><van-radio name="no">No</van-radio></van-radio-group></div>
          <div class="q" id="q-sponsorship"><div class="q-title">Will you now or later need visa sponsorship to keep working here?</div>
            <van-radio-group v-model="form.sponsorship" direction="horizontal"><van-radio name="yes">Yes</van-radio><van-radio name="no">No</van-radio></van-radio-group></div>
          <template v-for="question in job.questions" :key="question.key">
            <div v-if="question.type === 'radio'" class="q" :id="'q-' + question.key"><div class="q-title">{{ question.label }}</div>
              <van-radio-group v-model="form[question.key]" direction="horizontal"><van-radio v-for="option in question.options" :key="option" :name="option">{{ option }}</van-radio></van-radio-group></div>
            <van-cell-group v-else-if="question.type === 'switch'" inset class="switch-row">
              <van-cell :title="question.label" :label="question.hint" center :id="'q-' + question.key"><template #right-icon><van-switch v-model="form[question.key]" size="22px" /></template></van-cell>
            </van-cell-group>
          </template>

          <div class="section-title">Your availability</div>
          <div class="q"><div class="q-title" id="days-title">Which days can you work?</div>
            <div class="chips" role="group" aria-labelledby="days-title" id="chips-days">
              <button v-for="day in days" :key="day" type="button" class="chip" :class="{ on: form.days.includes(day) }" :aria-pressed="form.days.includes(day) ? 'true' : 'false'" @click="toggle(form.days, day)">{{ day }}</button>
            </div></div>
          <div class="q"><div class="q-title" id="shifts-title">Which shifts work for you?</div>
            <div class="chips" role="group" aria-labelledby="shifts-title" id="chips-shifts">
              <button v-for="shift in job.shifts" :key="shift" type="button" class="chip" :class="{ on: form.shifts.includes(shift) }" :aria-pressed="form.shifts.includes(shift) ? 'true' : 'false'" @click="toggle(form.shifts, shift)">{{ shift }}</button>
            </div></div>
          <van-cell-group inset>
            <van-field v-model="form.startWindow" name="startWindow" label="How soon can you start?" label-align="top" readonly is-link placeholder="Choose" @click="sheets.startWindow = true" />
          </van-cell-group>

          <div class="section-title">Experience</div>
          <van-cell-group inset>
            <van-field name="years" :label="job.yearsLabel" label-align="top">
              <template #input><van-stepper v-model="form.years" min="0" max="40" integer input-width="48px" button-size="30px" /></template>
            </van-field>
            <van-field v-model="form.employer" name="employer" label="Current or most recent employer" label-align="top" placeholder="Company name" />
            <van-field v-model="form.jobTitle" name="jobTitle" label="Your role there" label-align="top" placeholder="e.g. Shift lead" />
            <van-field v-model="form.education" name="education" label="Highest education completed" label-align="top" readonly is-link placeholder="Choose" @click="sheets.education = true" />
            <van-field v-model="form.payRate" name="payRate" type="number" label="Desired pay" label-align="top" placeholder="0.00">
              <template #left-icon><span class="cc">$</span></template>
              <template #extra><span class="unit">/ hour</span></template>
            </van-field>
          </van-cell-group>

          <div class="section-title">Resume <small>(optional, but it helps)</small></div>
          <van-cell-group inset>
            <van-cell title="Snap a photo or upload a file" label="PDF, Word or a picture, up to 10 MB" />
            <div class="uploader"><van-uploader v-model="form.resume" :max-count="1" accept=".pdf,.doc,.docx,image/*" capture="environment" result-type="file" upload-text="Resume" upload-icon="photograph" /></div>
          </van-cell-group>

          <div class="section-title">Almost done</div>
          <van-cell-group inset>
            <van-field v-model="form.referralCode" name="referralCode" label="Referral code" label-align="top" placeholder="Optional" />
            <van-field v-model="form.source" name="source" label="How did you hear about us?" label-align="top" readonly is-link placeholder="Choose" @click="sheets.source = true" />
            <van-cell title="Text me about my application and new shifts" label="Msg &amp; data rates may apply. Reply STOP to opt out." center id="sms-row"><template #right-icon><van-switch v-model="form.smsUpdates" size="22px" /></template></van-cell>
          </van-cell-group>
          <div class="terms"><van-checkbox v-model="form.terms" shape="square" id="terms">I agree to Harvest Cart's Terms and the Applicant Privacy Notice *</van-checkbox></div>
          <p v-if="sent.error" class="err">{{ sent.error }}</p>

          <div class="apply-bar"><van-button round block type="primary" native-type="submit" id="apply-now" color="#1f9d55">Apply now</van-button></div>
        </van-form>
      </template>

      <van-action-sheet v-model:show="sheets.state" class="state-sheet" title="State" :actions="states" cancel-text="Cancel" @select="pick('state')($event)" />
      <van-action-sheet v-model:show="sheets.education" class="education-sheet" title="Highest education completed" :actions="educations" cancel-text="Cancel" @select="pick('education')($event)" />
      <van-action-sheet v-model:show="sheets.startWindow" class="start-sheet" title="How soon can you start?" :actions="windows" cancel-text="Cancel" @select="pick('startWindow')($event)" />
      <van-action-sheet v-model:show="sheets.site" class="site-sheet" :title="job.siteLabel" :actions="sites" cancel-text="Cancel" @select="pick('site')($event)" />
      <van-action-sheet v-model:show="sheets.source" class="source-sheet" title="How did you hear about us?" :actions="sources" cancel-text="Cancel" @select="pick('source')($event)" />
      <pre id="model">{{ JSON.stringify(shown, null, 2) }}</pre>
    `,
  };
  createApp(App).use(Vant).mount('#app');
}

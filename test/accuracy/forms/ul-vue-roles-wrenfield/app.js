/*
 * Wrenfield Labs careers: a one-page Vue 3 site. Every open role is a <details> panel with its own
 * inline application form (one component, ids and names prefixed by the role's slug). The featured
 * role's panel is open by default; the role named in the URL hash (#apply-<slug>, the link a job
 * board sends) is opened too, scrolled to, and its first field focused. Each form posts on its own.
 * The reactive state of every form is rendered into <pre id="model"> under `apps.<slug>`.
 */
import { createApp, reactive, nextTick } from 'vue/dist/vue.esm-bundler.js';

const ROLES = window.WF_ROLES;
const SOURCES = ['Wrenfield website', 'LinkedIn', 'Climatebase', 'Hacker News', 'A friend or colleague', 'Other'];

const blank = (role) => ({
  firstName: '', lastName: '', email: '', phone: '', location: '', linkedin: '', github: '',
  resume: null, coverLetter: '', years: '', authorized: '', sponsorship: '', salary: '', startDate: '',
  roleQuestion: '', source: '', keepPosted: false, submitted: false,
});

const ApplyForm = {
  props: ['role', 'app'],
  methods: {
    pickFile(e) { this.app.resume = e.target.files.length ? e.target.files[0].name : null; },
    submit() { this.app.submitted = true; },
  },
  template: `
  <div>
    <form v-if="!app.submitted" class="wf-form" :id="role.slug + '-form'" @submit.prevent="submit">
      <div class="wf-row">
        <div class="wf-f"><label :for="role.slug + '-first'">First name *</label><input :id="role.slug + '-first'" :name="role.slug + '[first_name]'" v-model="app.firstName" required></div>
        <div class="wf-f"><label :for="role.slug + '-last'">Last name *</label><input :id="role.slug + '-last'" :name="role.slug + '[last_name]'" v-model="app.lastName" required></div>
      </div>
      <div class="wf-row">
        <div class="wf-f"><label :for="role.slug + '-email'">Email *</label><input type="email" :id="role.slug + '-email'" :name="role.slug + '[email]'" v-model="app.email" required></div>
        <div class="wf-f"><label :for="role.slug + '-phone'">Phone</label><input type="tel" :id="role.slug + '-phone'" :name="role.slug + '[phone]'" v-model="app.phone" placeholder="(415) 555-0100"></div>
      </div>
      <div class="wf-f"><label :for="role.slug + '-location'">Location (city, state)</label><input :id="role.slug + '-location'" :name="role.slug + '[location]'" v-model="app.location"></div>
      <div class="wf-row">
        <div class="wf-f"><label :for="role.slug + '-linkedin'">LinkedIn</label><input :id="role.slug + '-linkedin'" :name="role.slug + '[linkedin]'" v-model="app.linkedin" placeholder="linkedin.com/in/…"></div>
        <div class="wf-f"><label :for="role.slug + '-github'">GitHub</label><input :id="role.slug + '-github'" :name="role.slug + '[github]'" v-model="app.github" placeholder="github.com/…"></div>
      </div>
      <div class="wf-f"><span class="wf-l">Resume *</span>
        <label class="wf-attach" :for="role.slug + '-resume'">📄 {{ app.resume || 'Attach resume (PDF)' }}</label>
        <input type="file" class="wf-sr" :id="role.slug + '-resume'" :name="role.slug + '[resume]'" accept=".pdf,.doc,.docx" @change="pickFile">
      </div>
      <div class="wf-f"><label :for="role.slug + '-cover'">Cover letter</label><textarea :id="role.slug + '-cover'" :name="role.slug + '[cover_letter]'" v-model="app.coverLetter" rows="4"></textarea></div>
      <div class="wf-f"><label :for="role.slug + '-years'">{{ role.yearsText }}</label>
        <select :id="role.slug + '-years'" :name="role.slug + '[years]'" v-model="app.years"><option value="">Choose…</option><option v-for="o in role.years" :key="o">{{ o }}</option></select></div>
      <fieldset class="wf-f"><legend>Are you authorized to work in the US?</legend>
        <label class="wf-c"><input type="radio" :name="role.slug + '[authorized]'" value="Yes" v-model="app.authorized"> Yes</label>
        <label class="wf-c"><input type="radio" :name="role.slug + '[authorized]'" value="No" v-model="app.authorized"> No</label></fieldset>
      <fieldset class="wf-f"><legend>Do you need visa sponsorship?</legend>
        <label class="wf-c"><input type="radio" :name="role.slug + '[sponsorship]'" value="Yes" v-model="app.sponsorship"> Yes</label>
        <label class="wf-c"><input type="radio" :name="role.slug + '[sponsorship]'" value="No" v-model="app.sponsorship"> No</label></fieldset>
      <div class="wf-row">
        <div class="wf-f"><label :for="role.slug + '-salary'">Target base salary (USD)</label><input :id="role.slug + '-salary'" :name="role.slug + '[salary]'" v-model="app.salary" inputmode="numeric"></div>
        <div class="wf-f"><label :for="role.slug + '-start'">When could you start?</label><input type="date" :id="role.slug + '-start'" :name="role.slug + '[start_date]'" v-model="app.startDate"></div>
      </div>
      <div class="wf-f"><label :for="role.slug + '-rq'">{{ role.question }}</label><textarea :id="role.slug + '-rq'" :name="role.slug + '[role_question]'" v-model="app.roleQuestion" rows="3"></textarea></div>
      <div class="wf-f"><label :for="role.slug + '-source'">How did you find us?</label>
        <select :id="role.slug + '-source'" :name="role.slug + '[source]'" v-model="app.source"><option value="">Choose…</option><option v-for="o in sources" :key="o">{{ o }}</option></select></div>
      <label class="wf-c"><input type="checkbox" :id="role.slug + '-keep'" :name="role.slug + '[keep_posted]'" v-model="app.keepPosted"> Keep me posted about future roles at Wrenfield</label>
      <button type="submit" class="wf-btn" :id="role.slug + '-submit'">Send application for {{ role.title }}</button>
    </form>
    <p v-else class="wf-done" :id="role.slug + '-done'">Thanks — your application for {{ role.title }} is in. We reply to everyone within a week.</p>
  </div>`,
  data() { return { sources: SOURCES }; },
};

const App = {
  components: { ApplyForm },
  setup() {
    const apps = reactive(Object.fromEntries(ROLES.map((r) => [r.slug, blank(r)])));
    const target = (location.hash.match(/^#apply-([\w-]+)/) || [])[1];
    const open = reactive(Object.fromEntries(ROLES.map((r) => [r.slug, !!r.featured || r.slug === target])));
    nextTick(() => {
      if (!target) return;
      const panel = document.getElementById(`role-${target}`);
      if (panel) { panel.scrollIntoView({ block: 'start' }); document.getElementById(`${target}-first`)?.focus(); }
    });
    const toggle = (slug, e) => { open[slug] = e.target.open; };
    return { roles: ROLES, apps, open, toggle };
  },
  template: `
  <section class="wf-roles">
    <h2>Open roles</h2>
    <details v-for="r in roles" :key="r.slug" :id="'role-' + r.slug" class="wf-role" :open="open[r.slug]" @toggle="toggle(r.slug, $event)">
      <summary><span class="wf-title">{{ r.title }}</span> <span v-if="r.featured" class="wf-tag">Featured</span><span class="wf-meta">{{ r.meta }}</span></summary>
      <div class="wf-body"><p>{{ r.blurb }}</p><h3>Apply for {{ r.title }}</h3><ApplyForm :role="r" :app="apps[r.slug]" /></div>
    </details>
  </section>
  <pre id="model">{{ JSON.stringify({ apps }, null, 2) }}</pre>`,
};

createApp(App).mount('#wf-app');

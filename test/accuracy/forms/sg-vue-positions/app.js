import { createApp, reactive, ref, computed } from 'vue/dist/vue.esm-bundler.js';

const newPosition = () => ({ company: '', title: '', start: '', end: '', current: false, summary: '' });
const newSchool = () => ({ school: '', degree: '', field: '', year: '' });

createApp({
  setup() {
    const form = reactive({
      fullName: '', email: '', phone: '',
      street: '', city: '', state: '', zip: '',
      mailStreet: '', mailCity: '', mailState: '', mailZip: '',
      positions: [newPosition()],
      schools: [newSchool()],
      salary: '', authorized: '', sponsorship: '', sponsorshipDetails: '',
      pronouns: '', pronounsOther: '', sources: [], sourceOther: '',
      resume: null, coverLetter: '',
      certify: false, jobAlerts: false,
    });
    const stage = ref('form');
    const errors = ref([]);
    const required = ['fullName', 'email', 'phone', 'street', 'city', 'state', 'zip', 'authorized', 'sponsorship'];
    const onFile = (event) => { const file = event.target.files[0]; form.resume = file ? file.name : null; };
    const review = () => {
      errors.value = required.filter((key) => !String(form[key]).trim());
      if (!form.resume) errors.value.push('resume');
      if (errors.value.length === 0) { stage.value = 'review'; window.scrollTo(0, 0); }
    };
    const submit = () => {
      errors.value = form.certify ? [] : ['certify'];
      if (form.certify) stage.value = 'done';
    };
    const model = computed(() => JSON.stringify(form, null, 2));
    return { form, stage, errors, onFile, review, submit, model, addPosition: () => form.positions.push(newPosition()), addSchool: () => form.schools.push(newSchool()) };
  },
  template: `
  <div>
    <h1>Data Engineer II</h1>
    <p>Harbor &amp; Pine Insurance · Boston, MA · Hybrid</p>
    <form v-if="stage === 'form'" id="hp-form" novalidate @submit.prevent="review">
      <h2>Personal information</h2>
      <div class="f"><label for="hp-full-name">Full Name *</label><input id="hp-full-name" type="text" name="name" v-model="form.fullName"></div>
      <div class="row">
        <div class="f"><label for="hp-email">Email Address *</label><input id="hp-email" type="email" name="email_address" v-model="form.email"></div>
        <div class="f"><label for="hp-phone">Phone Number *</label><input id="hp-phone" type="tel" name="phone_number" placeholder="+1 (555) 000-0000" v-model="form.phone"></div>
      </div>
      <h3>Home address</h3>
      <div class="f"><label for="hp-street">Street address *</label><input id="hp-street" type="text" name="address[street]" v-model="form.street"></div>
      <div class="row">
        <div class="f"><label for="hp-city">City *</label><input id="hp-city" type="text" name="address[city]" v-model="form.city"></div>
        <div class="f"><label for="hp-state">State *</label><input id="hp-state" type="text" name="address[state]" v-model="form.state"></div>
        <div class="f"><label for="hp-zip">ZIP *</label><input id="hp-zip" type="text" name="address[zip]" v-model="form.zip"></div>
      </div>
      <h3>Mailing address (if different)</h3>
      <div class="f"><label for="hp-mail-street">Street address</label><input id="hp-mail-street" type="text" name="mailing[street]" v-model="form.mailStreet"></div>
      <div class="row">
        <div class="f"><label for="hp-mail-city">City</label><input id="hp-mail-city" type="text" name="mailing[city]" v-model="form.mailCity"></div>
        <div class="f"><label for="hp-mail-state">State</label><input id="hp-mail-state" type="text" name="mailing[state]" v-model="form.mailState"></div>
        <div class="f"><label for="hp-mail-zip">ZIP</label><input id="hp-mail-zip" type="text" name="mailing[zip]" v-model="form.mailZip"></div>
      </div>

      <h2>Experience</h2>
      <div class="card" v-for="(position, index) in form.positions" :key="'p' + index" :data-position="index + 1">
        <h4>{{ index === 0 ? 'Current or most recent position' : 'Previous position ' + index }}</h4>
        <div class="row">
          <div class="f"><label :for="'hp-pos-' + index + '-company'">Company</label><input :id="'hp-pos-' + index + '-company'" type="text" :name="'positions[' + index + '][company]'" v-model="position.company"></div>
          <div class="f"><label :for="'hp-pos-' + index + '-title'">Title</label><input :id="'hp-pos-' + index + '-title'" type="text" :name="'positions[' + index + '][title]'" v-model="position.title"></div>
        </div>
        <div class="f"><label><input :id="'hp-pos-' + index + '-current'" type="checkbox" :name="'positions[' + index + '][current]'" v-model="position.current"> I currently work here</label></div>
        <div class="row">
          <div class="f"><label :for="'hp-pos-' + index + '-start'">Start (MM/YYYY)</label><input :id="'hp-pos-' + index + '-start'" type="text" placeholder="MM/YYYY" :name="'positions[' + index + '][start]'" v-model="position.start"></div>
          <div class="f" v-if="!position.current"><label :for="'hp-pos-' + index + '-end'">End (MM/YYYY)</label><input :id="'hp-pos-' + index + '-end'" type="text" placeholder="MM/YYYY" :name="'positions[' + index + '][end]'" v-model="position.end"></div>
        </div>
        <div class="f"><label :for="'hp-pos-' + index + '-summary'">Summary</label><textarea :id="'hp-pos-' + index + '-summary'" rows="3" :name="'positions[' + index + '][summary]'" v-model="position.summary"></textarea></div>
      </div>
      <button type="button" class="link" id="hp-add-position" @click="addPosition">+ Add another position</button>

      <h2>Education</h2>
      <div class="card" v-for="(school, index) in form.schools" :key="'s' + index" :data-school="index + 1">
        <div class="f"><label :for="'hp-edu-' + index + '-school'">School</label><input :id="'hp-edu-' + index + '-school'" type="text" :name="'education[' + index + '][school]'" v-model="school.school"></div>
        <div class="row">
          <div class="f"><label :for="'hp-edu-' + index + '-degree'">Degree</label>
            <select :id="'hp-edu-' + index + '-degree'" :name="'education[' + index + '][degree]'" v-model="school.degree">
              <option value="">Select</option><option>High School</option><option>Associate</option><option>Bachelor's</option><option>Master's</option><option>Doctorate</option>
            </select></div>
          <div class="f"><label :for="'hp-edu-' + index + '-field'">Field of study</label><input :id="'hp-edu-' + index + '-field'" type="text" :name="'education[' + index + '][field]'" v-model="school.field"></div>
          <div class="f"><label :for="'hp-edu-' + index + '-year'">Graduation year</label><input :id="'hp-edu-' + index + '-year'" type="text" :name="'education[' + index + '][year]'" v-model="school.year"></div>
        </div>
      </div>
      <button type="button" class="link" id="hp-add-school" @click="addSchool">+ Add another school</button>

      <h2>Questions</h2>
      <div class="f"><label for="hp-salary">Desired salary (annual)</label><div class="addon"><span>$</span><input id="hp-salary" type="text" name="desired_salary" v-model="form.salary"></div></div>
      <div class="f"><label for="hp-authorized">Are you legally authorized to work in the United States? *</label>
        <select id="hp-authorized" name="authorized" v-model="form.authorized"><option value="">Select</option><option value="yes">Yes</option><option value="no">No</option></select></div>
      <div class="f" role="radiogroup" aria-labelledby="hp-sponsorship-q"><span class="q" id="hp-sponsorship-q">Will you now or in the future require sponsorship for employment visa status? *</span>
        <div class="opts"><label><input type="radio" name="sponsorship" value="yes" v-model="form.sponsorship"> Yes</label><label><input type="radio" name="sponsorship" value="no" v-model="form.sponsorship"> No</label></div></div>
      <div class="f" v-if="form.sponsorship === 'yes'"><label for="hp-sponsorship-details">Please explain your sponsorship needs</label><textarea id="hp-sponsorship-details" name="sponsorship_details" rows="2" v-model="form.sponsorshipDetails"></textarea></div>
      <div class="f" role="radiogroup" aria-labelledby="hp-pronouns-q"><span class="q" id="hp-pronouns-q">Pronouns</span>
        <div class="opts">
          <label><input type="radio" name="pronouns" value="she" v-model="form.pronouns"> She/Her</label>
          <label><input type="radio" name="pronouns" value="he" v-model="form.pronouns"> He/Him</label>
          <label><input type="radio" name="pronouns" value="they" v-model="form.pronouns"> They/Them</label>
          <label><input type="radio" name="pronouns" value="other" v-model="form.pronouns"> Other</label>
        </div></div>
      <div class="f" v-if="form.pronouns === 'other'"><label for="hp-pronouns-other">Your pronouns</label><input id="hp-pronouns-other" type="text" name="pronouns_other" v-model="form.pronounsOther"></div>
      <div class="f"><span class="q">How did you hear about this job? (select all that apply)</span>
        <div class="opts">
          <label><input type="checkbox" id="hp-src-linkedin" value="linkedin" v-model="form.sources"> LinkedIn</label>
          <label><input type="checkbox" id="hp-src-site" value="site" v-model="form.sources"> Our website</label>
          <label><input type="checkbox" id="hp-src-friend" value="friend" v-model="form.sources"> A friend</label>
          <label><input type="checkbox" id="hp-src-other" value="other" v-model="form.sources"> Other</label>
        </div></div>
      <div class="f" v-if="form.sources.includes('other')"><label for="hp-src-other-text">Where?</label><input id="hp-src-other-text" type="text" v-model="form.sourceOther"></div>
      <div class="f"><label for="hp-resume">Resume *</label><input id="hp-resume" type="file" name="resume" accept=".pdf,.doc,.docx" @change="onFile"></div>
      <div class="f"><label for="hp-cover">Cover letter</label><textarea id="hp-cover" name="cover_letter" rows="5" v-model="form.coverLetter"></textarea></div>
      <p class="err" v-if="errors.length">Please complete: {{ errors.join(', ') }}</p>
      <button type="submit" class="btn" id="hp-review">Review application</button>
    </form>

    <div v-else-if="stage === 'review'" id="hp-review-step">
      <h2>Review your application</h2>
      <dl class="review">
        <dt>Name</dt><dd>{{ form.fullName }}</dd>
        <dt>Email</dt><dd>{{ form.email }}</dd>
        <dt>Phone</dt><dd>{{ form.phone }}</dd>
        <dt>Address</dt><dd>{{ form.street }}, {{ form.city }}, {{ form.state }} {{ form.zip }}</dd>
        <dt>Current position</dt><dd>{{ form.positions[0].title }} at {{ form.positions[0].company }}</dd>
        <dt>Education</dt><dd>{{ form.schools[0].degree }}, {{ form.schools[0].school }}</dd>
        <dt>Resume</dt><dd>{{ form.resume }}</dd>
      </dl>
      <p><button type="button" class="link" id="hp-edit" @click="stage = 'form'">Edit application</button></p>
      <div class="f"><label><input type="checkbox" id="hp-certify" v-model="form.certify"> I certify that the information in this application is accurate. *</label></div>
      <div class="f"><label><input type="checkbox" id="hp-job-alerts" v-model="form.jobAlerts"> Email me about similar jobs at Harbor &amp; Pine</label></div>
      <p class="err" v-if="errors.length">Please tick the certification.</p>
      <button type="button" class="btn" id="hp-submit" @click="submit">Submit application</button>
    </div>

    <div v-else id="hp-done"><h2>Application submitted</h2><p>Thank you, we will be in touch.</p></div>
    <pre id="model">{{ model }}</pre>
  </div>`,
}).mount('#app');

/*
 * The careers page of a Laravel shop: the markup is server-rendered Blade with Alpine.js
 * directives in it (x-data, x-model, x-show, x-if, x-mask, x-text), and this file only starts
 * Alpine with the mask plugin and registers the component's data. The component state is what
 * the page posts; it is rendered into <pre id="model"> by an x-text binding.
 */
import Alpine from 'alpinejs';
import mask from '@alpinejs/mask';

Alpine.plugin(mask);

Alpine.data('application', () => ({
  sent: false,
  submitting: false,
  errors: {},
  form: {
    first_name: '',
    last_name: '',
    email: '',
    phone: '',
    pronouns: '',
    located: '',
    city: '',
    state: '',
    zip: '',
    country: '',
    city_abroad: '',
    linkedin: '',
    has_code_samples: false,
    github: '',
    employed: '',
    employer: '',
    job_title: '',
    notice: '',
    years: '',
    education: '',
    authorized: '',
    authorization_details: '',
    sponsorship: '',
    visa_type: '',
    salary: '',
    salary_period: '',
    start_date: '',
    cover_letter_mode: 'upload',
    cover_letter_text: '',
    referred: '',
    referrer_name: '',
    source: '',
    source_other: '',
    consent: false,
  },
  files: { resume: null, cover_letter: null },
  pickFile(which, event) {
    const file = event.target.files[0];
    this.files[which] = file ? file.name : null;
  },
  get model() {
    return JSON.stringify({ form: this.form, files: this.files }, null, 1);
  },
  validate() {
    const f = this.form;
    const errors = {};
    for (const key of ['first_name', 'last_name', 'email', 'phone', 'located', 'employed', 'years', 'authorized', 'sponsorship']) {
      if (!String(f[key]).trim()) errors[key] = 'This field is required.';
    }
    if (f.located === 'us' && !f.state) errors.state = 'Please choose your state.';
    if (f.located === 'abroad' && !f.country) errors.country = 'Please choose your country.';
    if (!this.files.resume) errors.resume = 'Please attach your resume.';
    if (!f.consent) errors.consent = 'Please accept the privacy notice.';
    this.errors = errors;
    return Object.keys(errors).length === 0;
  },
  submit() {
    if (!this.validate()) return;
    this.submitting = true;
    setTimeout(() => {
      this.submitting = false;
      this.sent = true;
    }, 300);
  },
}));

window.Alpine = Alpine;
Alpine.start();

/*
 * Kloofnek Capital's careers page (Cape Town): server-rendered markup with Alpine.js 3 directives
 * (x-data, x-model, x-show, x-mask, x-text, @click). This file only starts Alpine with the mask plugin
 * and registers the wizard component: four steps shown one at a time with x-show (all in the DOM),
 * "Next" checks the visible step's required answers, the last step reviews every answer before the
 * POPIA consent. The component state is what the page posts; <pre id="model"> shows it via x-text.
 */
import Alpine from 'alpinejs';
import mask from '@alpinejs/mask';

Alpine.plugin(mask);

const REQUIRED = {
  1: ['first_name', 'surname', 'email', 'cell', 'city', 'country'],
  2: ['qualification', 'employer', 'job_title', 'experience', 'notice_period'],
  3: ['cv'],
  4: ['popia'],
};

Alpine.data('application', () => ({
  step: 1,
  sent: false,
  missing: [],
  form: {
    title: '',
    first_name: '',
    surname: '',
    id_number: '',
    nationality: '',
    email: '',
    cell: '',
    street: '',
    suburb: '',
    city: '',
    province: '',
    postal_code: '',
    country: 'ZA',
    qualification: '',
    institution: '',
    foreign_qualification: '',
    employer: '',
    job_title: '',
    experience: '',
    expected_ctc: '',
    notice_period: '',
    sa_citizen: '',
    race: '',
    disability: '',
    cv: '',
    covering_letter: '',
    linkedin: '',
    source: '',
    popia: false,
  },
  next() {
    this.missing = REQUIRED[this.step].filter((k) => !this.form[k]);
    if (this.missing.length) return;
    if (this.step < 4) { this.step += 1; window.scrollTo(0, 0); } else this.sent = true;
  },
  back() { this.missing = []; this.step -= 1; },
  bad(k) { return this.missing.includes(k); },
  text(id) {
    const el = document.getElementById(id);
    if (!el) return '';
    if (el.tagName === 'SELECT') return el.value ? el.options[el.selectedIndex].text : '';
    return el.value;
  },
  picked(name) {
    const el = document.querySelector(`input[name="${name}"]:checked`);
    return el ? el.parentNode.textContent.trim() : '';
  },
}));

window.Alpine = Alpine;
Alpine.start();

/*
 * A tech-staffing agency's job page (Rails-style names) with the plugins a developer added to the
 * server-rendered form: Cleave.js for the US phone mask "(555) 555-5555", autoNumeric on the hourly
 * rate and the annual salary ("$150,000", raw value kept by the plugin), Tagify for skills, and Trix
 * for the cover letter (trix-editor bound to a hidden input that receives HTML).
 */
import 'trix/dist/trix.css';
import '@yaireo/tagify/dist/tagify.css';
import 'trix';
import Tagify from '@yaireo/tagify';
import AutoNumeric from 'autonumeric';
import Cleave from 'cleave.js';

const form = document.getElementById('kt-apply');
const phone = new Cleave('#cand_phone', { numericOnly: true, blocks: [0, 3, 3, 4], delimiters: ['(', ') ', '-'] });
const money = { currencySymbol: '$', digitGroupSeparator: ',', decimalCharacter: '.', minimumValue: '0', modifyValueOnWheel: false, emptyInputBehavior: 'focus' };
const rate = new AutoNumeric('#cand_min_rate', { ...money, decimalPlaces: 2, maximumValue: '500' });
const salary = new AutoNumeric('#cand_salary', { ...money, decimalPlaces: 0, maximumValue: '9999999' });
const skills = new Tagify(document.getElementById('cand_skills'), {
  whitelist: ['Python', 'SQL', 'dbt', 'Airflow', 'Kafka', 'Spark', 'Snowflake', 'BigQuery', 'Terraform', 'AWS', 'GCP', 'Scala', 'Java', 'Looker'],
  maxTags: 15,
  dropdown: { enabled: 1, maxItems: 10 },
});

const trix = () => document.getElementById('cover_letter_trix');
function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = document.getElementById('cand_resume').files[0];
  return {
    firstName: one('candidate[first_name]'), lastName: one('candidate[last_name]'), email: one('candidate[email]'),
    phone: one('candidate[phone]'), phoneRaw: phone.getRawValue(), phoneType: one('candidate[phone_type]'), linkedin: one('candidate[linkedin]'),
    address1: one('candidate[address1]'), city: one('candidate[city]'), state: one('candidate[state]'), zip: one('candidate[zip]'),
    currentEmployer: one('candidate[current_employer]'), currentTitle: one('candidate[current_title]'),
    yearsExperience: one('candidate[years_experience]'), dateAvailable: one('candidate[date_available]'),
    minHourlyRate: rate.getNumericString(), desiredSalary: salary.getNumericString(),
    openTo: data.getAll('candidate[open_to][]'), skills: skills.value.map((tag) => tag.value),
    workAuthorized: one('candidate[work_authorized]'), visaStatus: one('candidate[visa_status]'), arrangement: one('candidate[arrangement]'),
    resume: file ? file.name : null,
    coverLetterHtml: one('candidate[cover_letter]'),
    coverLetterText: trix()?.editor ? trix().editor.getDocument().toString().trim() : '',
    recruiter: one('candidate[recruiter]'), terms: data.get('candidate[terms]') === 'on', sms: data.get('candidate[sms_opt_in]') === 'on',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
form.addEventListener('trix-change', renderModel);
form.addEventListener('trix-initialize', renderModel);
skills.on('change', renderModel);
for (const el of ['#cand_min_rate', '#cand_salary']) document.querySelector(el).addEventListener('autoNumeric:formatted', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!m.firstName || !m.lastName || !m.email || m.phoneRaw.length !== 10 || !m.city || !m.state || !m.zip || !m.yearsExperience || !m.dateAvailable
    || !m.desiredSalary || !m.workAuthorized || !m.visaStatus || !m.resume || !m.terms) {
    document.getElementById('form-error').classList.remove('hidden');
    return;
  }
  form.classList.add('hidden');
  document.getElementById('kt-done').classList.remove('hidden');
});

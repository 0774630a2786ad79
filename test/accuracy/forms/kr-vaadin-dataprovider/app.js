/*
 * Harrowgate Rail's recruitment portal (a Java shop's Vaadin UI): Vaadin 25 web components with a
 * server behind them. "Country of residence" and "City" are vaadin-combo-boxes on a dataProvider:
 * pages of 50 fetched as the virtual list scrolls (only the items in view are rendered), the city
 * asking the server only once 3 characters are typed. The years vaadin-select gets its items the
 * first time it opens. The phone field allows only digits, brackets, dash and space, formats to
 * (###) ###-#### and ignores paste. The start date picker has min = today and max = six months.
 * Two steps rendered in place; "Next" stays disabled until step 1 is complete. The view's bean is
 * rendered into <pre id="model">.
 */
import '@vaadin/button';
import '@vaadin/checkbox';
import '@vaadin/combo-box';
import '@vaadin/date-picker';
import '@vaadin/email-field';
import '@vaadin/integer-field';
import '@vaadin/radio-group';
import '@vaadin/select';
import '@vaadin/text-area';
import '@vaadin/text-field';
import countries from 'world-countries';
import { posting } from './posting.js';

const COUNTRIES = countries.map((c) => ({ value: c.cca2, label: c.name.common })).sort((a, b) => a.label.localeCompare(b.label));
const CITIES = [
  ['sf-ca', 'San Francisco, CA'], ['ssf-ca', 'South San Francisco, CA'], ['sfe-ca', 'San Fernando, CA'], ['sj-ca', 'San Jose, CA'],
  ['sm-ca', 'San Mateo, CA'], ['sr-ca', 'San Rafael, CA'], ['chi-il', 'Chicago, IL'], ['chh-il', 'Chicago Heights, IL'], ['ev-il', 'Evanston, IL'],
  ['jol-il', 'Joliet, IL'], ['stl-mo', 'St. Louis, MO'], ['oma-ne', 'Omaha, NE'],
].map(([value, label]) => ({ value, label }));
const later = (ms, value) => new Promise((resolve) => setTimeout(() => resolve(value), ms));
const pad = (n) => String(n).padStart(2, '0');
const isoDay = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const formatPhone = (raw) => {
  const d = raw.replace(/\D/g, '').slice(0, 10);
  if (!d) return '';
  if (d.length < 4) return `(${d}`;
  if (d.length < 7) return `(${d.slice(0, 3)}) ${d.slice(3)}`;
  return `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
};

const bean = {
  firstName: '', lastName: '', email: '', phone: '', country: '', city: '', linkedIn: '',
  employer: '', jobTitle: '', years: '', school: '', startDate: '', salary: null, coverLetter: '', resume: null,
  answers: Object.fromEntries(posting.questions.map((q) => [q.id, ''])), consent: false, jobAlerts: false, search: '',
};
const app = document.getElementById('app');
const renderModel = () => { document.getElementById('model').textContent = JSON.stringify(bean, null, 1); };

function bind(element, key, read = (el) => el.value, write = (k, v) => { bean[k] = v; }) {
  const update = () => { write(key, read(element)); renderModel(); app.dispatchEvent(new Event('bean-changed')); };
  element.addEventListener('value-changed', update);
  element.addEventListener('checked-changed', update);
  return element;
}

/** A server-backed provider: filter, then the requested page, answered after a network delay. */
function provider(source, minChars, delay) {
  return (params, callback) => {
    const filter = (params.filter ?? '').trim().toLowerCase();
    if (filter.length < minChars) { callback([], 0); return; }
    const found = source.filter((item) => item.label.toLowerCase().includes(filter));
    later(delay).then(() => callback(found.slice(params.page * params.pageSize, (params.page + 1) * params.pageSize), found.length));
  };
}

function stepOne() {
  app.innerHTML = `
    <div class="steps"><span class="current">1 Personal details</span><span>2 Experience</span></div>
    <div class="grid">
      <vaadin-text-field id="firstName" label="First name" required></vaadin-text-field>
      <vaadin-text-field id="lastName" label="Last name" required></vaadin-text-field>
      <vaadin-email-field id="email" class="full" label="Email" required></vaadin-email-field>
      <vaadin-text-field id="phone" label="Phone" required helper-text="(555) 555-5555 — digits only, no pasting" maxlength="14" allowed-char-pattern="[0-9() -]"></vaadin-text-field>
      <vaadin-combo-box id="country" label="Country of residence" required placeholder="Search countries"></vaadin-combo-box>
      <vaadin-combo-box id="city" class="full" label="Home city" required helper-text="Type at least 3 letters, then pick your city"></vaadin-combo-box>
      <vaadin-text-field id="linkedIn" class="full" label="LinkedIn profile URL"></vaadin-text-field>
    </div>
    <div class="buttons"><vaadin-button id="next" theme="primary" disabled>Next</vaadin-button></div>`;
  const country = app.querySelector('#country');
  Object.assign(country, { itemLabelPath: 'label', itemValuePath: 'value', pageSize: 50, dataProvider: provider(COUNTRIES, 0, 300), value: bean.country });
  const city = app.querySelector('#city');
  Object.assign(city, { itemLabelPath: 'label', itemValuePath: 'value', pageSize: 50, dataProvider: provider(CITIES, 3, 450), value: bean.city });
  const phone = app.querySelector('#phone');
  phone.addEventListener('paste', (e) => e.preventDefault(), true);
  phone.addEventListener('input', () => { const f = formatPhone(phone.value); if (f !== phone.value) phone.value = f; });
  for (const key of ['firstName', 'lastName', 'email', 'phone', 'country', 'city', 'linkedIn']) bind(app.querySelector(`#${key}`), key);
  const next = app.querySelector('#next');
  const check = () => {
    next.disabled = !(bean.firstName.trim() && bean.lastName.trim() && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(bean.email) && bean.phone.length === 14 && bean.country && bean.city);
  };
  app.addEventListener('bean-changed', check);
  next.addEventListener('click', () => { if (!next.disabled) { app.removeEventListener('bean-changed', check); stepTwo(); } });
}

function stepTwo() {
  const today = new Date();
  const max = new Date(today); max.setMonth(max.getMonth() + 6);
  app.innerHTML = `
    <div class="steps"><span>1 Personal details</span><span class="current">2 Experience</span></div>
    <div class="grid">
      <vaadin-text-field id="employer" label="Current employer"></vaadin-text-field>
      <vaadin-text-field id="jobTitle" label="Current position"></vaadin-text-field>
      <vaadin-select id="years" label="Years of experience in data engineering" placeholder="Choose" required></vaadin-select>
      <vaadin-text-field id="school" label="College / university"></vaadin-text-field>
      <vaadin-date-picker id="startDate" label="Available to start" required min="${isoDay(today)}" max="${isoDay(max)}" helper-text="Within the next six months"></vaadin-date-picker>
      <vaadin-integer-field id="salary" label="Desired salary" helper-text="Annual base, USD"><span slot="prefix">$</span></vaadin-integer-field>
    </div>
    ${posting.questions.map((q) => q.type === 'radio'
      ? `<vaadin-radio-group id="${q.id}" class="full" label="${q.label}" ${q.required ? 'required' : ''}>${q.options.map((o) => `<vaadin-radio-button value="${o}" label="${o}"></vaadin-radio-button>`).join('')}</vaadin-radio-group>`
      : `<vaadin-text-field id="${q.id}" class="full" label="${q.label}"></vaadin-text-field>`).join('')}
    <div class="upload"><label for="resume">Resume / CV (required)</label><input type="file" id="resume" name="resume" accept=".pdf,.doc,.docx"></div>
    <vaadin-text-area id="coverLetter" class="full" label="Cover letter"></vaadin-text-area>
    <vaadin-checkbox id="jobAlerts" label="Email me similar jobs at Harrowgate Rail"></vaadin-checkbox>
    <vaadin-checkbox id="consent" label="I consent to Harrowgate Rail storing my data for this application" required></vaadin-checkbox>
    <div class="buttons"><vaadin-button id="send" theme="primary">Submit application</vaadin-button></div>`;
  const years = app.querySelector('#years');
  years.addEventListener('opened-changed', async (e) => {
    if (!e.detail.value || years.items?.length) return;
    years.items = [{ label: 'Loading…', value: '', disabled: true }];
    years.items = await later(600, posting.years);
  });
  for (const key of ['employer', 'jobTitle', 'years', 'school', 'startDate', 'coverLetter']) bind(app.querySelector(`#${key}`), key);
  bind(app.querySelector('#salary'), 'salary', (el) => (el.value === '' ? null : Number(el.value)));
  for (const q of posting.questions) bind(app.querySelector(`#${q.id}`), q.id, (el) => el.value, (k, v) => { bean.answers[k] = v; });
  bind(app.querySelector('#consent'), 'consent', (el) => el.checked);
  bind(app.querySelector('#jobAlerts'), 'jobAlerts', (el) => el.checked);
  app.querySelector('#resume').addEventListener('change', (e) => { bean.resume = e.target.files[0]?.name ?? null; renderModel(); });
  app.querySelector('#send').addEventListener('click', () => {
    const missing = !bean.years || !bean.startDate || !bean.resume || !bean.consent || posting.questions.some((q) => q.required && !bean.answers[q.id]);
    if (missing) { for (const field of app.querySelectorAll('[required]')) field.validate?.(); return; }
    app.innerHTML = '<h2 id="done">Thank you. Your application has been sent to Harrowgate Rail.</h2>';
  });
}

const search = document.getElementById('site-search');
search.addEventListener('value-changed', () => { bean.search = search.value; renderModel(); });
stepOne();
renderModel();

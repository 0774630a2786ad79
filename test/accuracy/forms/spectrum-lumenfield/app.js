/*
 * The careers page's script: Spectrum Web Components (the whole bundle, as the site ships it), the
 * country and location lists, the form state read from the elements into <pre id="model"> on
 * every change, and the submit check (the sp-button submits the form through requestSubmit).
 */
import '@spectrum-web-components/bundle/elements.js';
import countries from 'world-countries';

const form = document.getElementById('sw-form');
const model = document.getElementById('model');
const byId = (id) => document.getElementById(id);

const countryPicker = byId('sw-country');
for (const country of [...countries].sort((a, b) => a.name.common.localeCompare(b.name.common))) {
  const item = document.createElement('sp-menu-item');
  item.value = country.cca2;
  item.textContent = country.name.common;
  countryPicker.append(item);
}
byId('sw-location').options = ['Austin, TX', 'Los Angeles, CA', 'New York, NY', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA'].map((place) => ({ value: place, itemText: place }));

let resume = null;
byId('sw-resume').addEventListener('change', (event) => {
  resume = event.target.files[0]?.name ?? null;
  byId('sw-resume-name').firstChild.textContent = resume ? `${resume} — ` : 'Drag and drop your resume, or ';
  render();
});
byId('sw-dropzone').addEventListener('sp-dropzone-drop', (event) => {
  resume = event.detail.dataTransfer?.files[0]?.name ?? resume;
  render();
});

const read = () => {
  const value = (id) => byId(id).value ?? '';
  const number = (id) => (Number.isNaN(byId(id).value) || byId(id).value === undefined ? null : byId(id).value);
  return {
    firstName: value('sw-first'), lastName: value('sw-last'), email: value('sw-email'), dialCode: value('sw-dial'), phone: value('sw-phone'),
    location: value('sw-location'), country: value('sw-country'), company: value('sw-company'), title: value('sw-title'),
    years: number('sw-years'), degree: value('sw-degree'), portfolio: value('sw-portfolio'), portfolioPassword: value('sw-portfolio-password'),
    linkedin: value('sw-linkedin'), resume, coverLetter: value('sw-cover'), authorized: byId('sw-authorized').selected ?? '',
    sponsorship: byId('sw-sponsorship').selected ?? '', salary: number('sw-salary'), startDate: value('sw-start'), pronouns: value('sw-pronouns'),
    referred: byId('sw-referred').checked, news: byId('sw-news').checked, consent: byId('sw-consent').checked,
  };
};
const render = () => { model.textContent = JSON.stringify(read(), null, 2); };

byId('sw-salary').formatOptions = { style: 'currency', currency: 'USD', maximumFractionDigits: 0 };
for (const event of ['input', 'change']) form.addEventListener(event, render);
customElements.whenDefined('sp-number-field').then(() => requestAnimationFrame(render));
byId('sw-site-search').addEventListener('submit', (event) => event.preventDefault());

byId('sw-submit').addEventListener('click', () => form.requestSubmit());
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const state = read();
  const ok = state.firstName && state.lastName && state.email && state.resume && state.authorized && state.sponsorship && state.consent;
  byId('sw-error').hidden = Boolean(ok);
  if (!ok) return;
  form.hidden = true;
  byId('sw-done').hidden = false;
});

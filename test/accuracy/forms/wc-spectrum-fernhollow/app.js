/*
 * Fernhollow's careers page: Spectrum Web Components (the 1.x bundle) with a small script that
 * keeps the application's state from the components' events and writes it into <pre id="model">.
 */
import '@spectrum-web-components/bundle/elements.js';
import countries from 'world-countries';

const $ = (id) => document.getElementById(id);
const country = $('fh-country');
country.options = countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b)).map((name) => ({ value: name, itemText: name }));

const state = {
  firstName: '', lastName: '', email: '', phone: '', country: '', city: '', years: '', authorized: [], sponsorship: [], salary: null, noticeWeeks: null,
  startDate: '', workStyle: '', engines: [], relocate: false, linkedin: '', github: '', resume: null, coverLetter: '', favoriteGame: '', consent: false,
  search: '', newsletter: '',
};
const render = () => { $('model').textContent = JSON.stringify(state, null, 1); };
const numberOrNull = (value) => (Number.isFinite(value) ? value : null);

const text = { 'fh-first': 'firstName', 'fh-last': 'lastName', 'fh-email': 'email', 'fh-phone': 'phone', 'fh-city': 'city', 'fh-start': 'startDate', 'fh-linkedin': 'linkedin', 'fh-github': 'github', 'fh-cover': 'coverLetter', 'fh-game': 'favoriteGame', 'fh-news-email': 'newsletter', 'fh-search': 'search' };
for (const [id, key] of Object.entries(text)) for (const type of ['input', 'change']) $(id).addEventListener(type, (event) => { state[key] = event.target.value; render(); });
for (const type of ['input', 'change']) country.addEventListener(type, () => { state.country = country.value; render(); });
$('fh-years').addEventListener('change', (event) => { state.years = event.target.value; render(); });
for (const [id, key] of [['fh-authorized', 'authorized'], ['fh-sponsorship', 'sponsorship']]) $(id).addEventListener('change', (event) => { state[key] = [...event.target.selected]; render(); });
for (const [id, key] of [['fh-salary', 'salary'], ['fh-notice', 'noticeWeeks']]) for (const type of ['input', 'change']) $(id).addEventListener(type, (event) => { state[key] = numberOrNull(event.target.value); render(); });
$('fh-style').addEventListener('change', (event) => { state.workStyle = event.target.selected; render(); });
for (const box of document.querySelectorAll('#fh-engines sp-checkbox')) box.addEventListener('change', () => { state.engines = [...document.querySelectorAll('#fh-engines sp-checkbox')].filter((b) => b.checked).map((b) => b.value); render(); });
$('fh-relocate').addEventListener('change', (event) => { state.relocate = event.target.checked; render(); });
$('fh-consent').addEventListener('change', (event) => { state.consent = event.target.checked; render(); });
$('fh-browse').addEventListener('click', () => $('fh-resume').click());
$('fh-resume').addEventListener('change', (event) => { state.resume = event.target.files[0]?.name ?? null; $('fh-resume-name').textContent = state.resume ?? 'No file uploaded'; render(); });
$('fh-submit').addEventListener('click', () => {
  if (!state.firstName || !state.email || !state.resume || !state.consent) return;
  $('fh-apply').hidden = true; $('fh-done').hidden = false;
});
render();

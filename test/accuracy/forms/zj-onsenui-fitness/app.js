/**
 * Ridgeback Fitness careers: the studio chain's hybrid app (Monaca / Onsen UI 2.12) serves its
 * careers screen on the web too. Onsen custom elements in the light DOM: ons-input creates its
 * own <input> (attributes copied across, `input-id` becomes the id) with a material floating
 * label span; ons-select wraps a native select.select-input; ons-radio / ons-checkbox /
 * ons-switch create their inputs (`input-id`), captions are `<label for>` in the list item's
 * center; ons-segment turns buttons into radio items without labels; ons-range; an
 * ons-search-input in the toolbar; a "Free trial class" ons-card. The app keeps a plain state
 * object, rendered into <pre id="model">.
 */
import 'onsenui/css/onsenui-core.css';
import 'onsenui/css/onsen-css-components.css';
import ons from 'onsenui/esm';
import 'onsenui/esm/elements/ons-page.js';
import 'onsenui/esm/elements/ons-toolbar.js';
import 'onsenui/esm/elements/ons-list.js';
import 'onsenui/esm/elements/ons-list-item.js';
import 'onsenui/esm/elements/ons-list-header.js';
import 'onsenui/esm/elements/ons-list-title.js';
import 'onsenui/esm/elements/ons-input.js';
import 'onsenui/esm/elements/ons-search-input.js';
import 'onsenui/esm/elements/ons-select.js';
import 'onsenui/esm/elements/ons-radio.js';
import 'onsenui/esm/elements/ons-checkbox.js';
import 'onsenui/esm/elements/ons-switch.js';
import 'onsenui/esm/elements/ons-segment.js';
import 'onsenui/esm/elements/ons-range.js';
import 'onsenui/esm/elements/ons-button.js';
import 'onsenui/esm/elements/ons-card.js';
import 'onsenui/esm/elements/ons-toast.js';
import countries from 'world-countries';

ons.disableAutoStyling?.();

const state = {
  firstName: '', lastName: '', email: '', phone: '', city: '', state: '', country: '', instagram: '', employer: '',
  years: null, degree: '', authorized: '', sponsorship: '', startDate: '', salary: '', hqDays: '2', relocate: false,
  resume: null, coverLetter: '', certified: [], source: '', consent: false,
};
const render = () => { document.getElementById('model').textContent = JSON.stringify(state, null, 2); };

ons.ready(() => {
  const countrySelect = document.querySelector('#rb-country select');
  for (const name of countries.map((c) => c.name.common).sort((a, b) => a.localeCompare(b))) countrySelect.add(new Option(name, name));

  const bindText = (id, key) => document.getElementById(id).addEventListener('input', (event) => { state[key] = event.target.value; render(); });
  bindText('rb-first', 'firstName');
  bindText('rb-last', 'lastName');
  bindText('rb-email', 'email');
  bindText('rb-phone', 'phone');
  bindText('rb-city', 'city');
  bindText('rb-employer', 'employer');
  bindText('rb-instagram', 'instagram');
  bindText('rb-salary', 'salary');
  bindText('rb-cover', 'coverLetter');
  for (const [id, key] of [['rb-state', 'state'], ['rb-country', 'country'], ['rb-degree', 'degree'], ['rb-source', 'source']]) {
    document.getElementById(id).addEventListener('change', (event) => { state[key] = event.target.value; render(); });
  }
  for (const [name, key] of [['authorized', 'authorized'], ['sponsorship', 'sponsorship']]) {
    document.querySelectorAll(`ons-radio[name="${name}"]`).forEach((radio) => radio.addEventListener('change', (event) => { if (event.target.checked) { state[key] = event.target.value; render(); } }));
  }
  document.querySelectorAll('ons-checkbox[name="certified"]').forEach((box) => box.addEventListener('change', () => {
    state.certified = [...document.querySelectorAll('ons-checkbox[name="certified"]')].filter((item) => item.checked).map((item) => item.value); render();
  }));
  document.getElementById('rb-start').addEventListener('input', (event) => { state.startDate = event.target.value; render(); });
  document.getElementById('rb-start').addEventListener('change', (event) => { state.startDate = event.target.value; render(); });
  document.getElementById('rb-hq').addEventListener('input', (event) => { state.hqDays = event.target.value; render(); });
  document.getElementById('rb-relocate').addEventListener('change', (event) => { state.relocate = event.target.checked; render(); });
  document.getElementById('consent').addEventListener('change', (event) => { state.consent = event.target.checked; render(); });
  document.getElementById('resume-file').addEventListener('change', (event) => { state.resume = event.target.files?.[0]?.name ?? null; render(); });
  const years = document.getElementById('rb-years');
  const yearLabels = [...years.querySelectorAll('.segment__button')].map((button) => button.textContent.trim());
  // ons-segment checks its first item on compile: the app reads the choice only from postchange.
  years.addEventListener('postchange', (event) => { state.years = yearLabels[event.index]; render(); });

  document.getElementById('rb-submit').addEventListener('click', () => {
    const missing = ['firstName', 'lastName', 'email', 'phone', 'country', 'authorized', 'resume'].filter((key) => !state[key]);
    if (missing.length || !state.consent) { ons.notification.toast('Please complete the required fields.', { timeout: 2000 }); return; }
    document.getElementById('rb-form').hidden = true;
    document.getElementById('rb-done').hidden = false;
  });
  render();
});

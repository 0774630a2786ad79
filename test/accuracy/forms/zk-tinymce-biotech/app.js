/*
 * Halvorsen Bio's own careers page (server-rendered form, vanilla JS): the cover letter is a
 * self-hosted TinyMCE 8 editor replacing the textarea (iframe mode, as the classic editor renders),
 * the phone, start date and salary are masked with Inputmask (RobinHerbots), and "Current location"
 * is wired to a Places-style autocomplete: suggestions in a `.pac-container` appended to <body>,
 * `.pac-item` rows with `.pac-item-query` / `.pac-matched` spans, picking one fills hidden place
 * fields. (The Maps JS API cannot load here, so the widget's behaviour is written out by hand.)
 * The posted values are mirrored into <pre id="model">.
 */
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/plugins/lists';
import 'tinymce/plugins/link';
import 'tinymce/plugins/autolink';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import Inputmask from 'inputmask';

const form = document.getElementById('application');

Inputmask({ mask: '(999) 999-9999', clearIncomplete: true }).mask('#phone');
Inputmask({ alias: 'datetime', inputFormat: 'mm/dd/yyyy', placeholder: 'mm/dd/yyyy', clearIncomplete: true }).mask('#start_date');
Inputmask({ alias: 'currency', prefix: '$ ', digits: 0, rightAlign: false, placeholder: '0' }).mask('#salary');

/* ---- Places-style autocomplete on #location ---- */
const PLACES = [
  ['San Francisco', 'CA, USA', 'ChIJIQBpAG2ahYAR_6128GcTUEo', 'San Francisco', 'CA', 'US'],
  ['South San Francisco', 'CA, USA', 'ChIJ3Y9ZN9t4j4ARs1dF2EJ2sH0', 'South San Francisco', 'CA', 'US'],
  ['San Francisco International Airport (SFO)', 'San Francisco, CA, USA', 'ChIJVVVVVYx3j4ARP-3NGldc8qQ', 'San Francisco', 'CA', 'US'],
  ['San Fernando', 'CA, USA', 'ChIJA_GNk8SQwoARoTc8FhGQGxo', 'San Fernando', 'CA', 'US'],
  ['San Jose', 'CA, USA', 'ChIJ9T_5iuTKj4ARe3GfygqMnbk', 'San Jose', 'CA', 'US'],
  ['San Diego', 'CA, USA', 'ChIJSx6SrQ9T2YARed8V_f0hOg0', 'San Diego', 'CA', 'US'],
  ['Santa Clara', 'CA, USA', 'ChIJ1fm5k2m0j4ARYtE0xR9kwJM', 'Santa Clara', 'CA', 'US'],
  ['Sacramento', 'CA, USA', 'ChIJ-ZeDsnLGmoAR238ZdKpqH5I', 'Sacramento', 'CA', 'US'],
  ['Seattle', 'WA, USA', 'ChIJVTPokywQkFQRmtVEaUZlJRA', 'Seattle', 'WA', 'US'],
  ['Oakland', 'CA, USA', 'ChIJA-2qKIt9hYARZ5N1NdUVtHE', 'Oakland', 'CA', 'US'],
  ['Boston', 'MA, USA', 'ChIJGzE9DS1l44kRoOhiASS_fHg', 'Boston', 'MA', 'US'],
  ['Cambridge', 'MA, USA', 'ChIJX2ePsVx344kR4YmEEc-Pfuw', 'Cambridge', 'MA', 'US'],
  ['New York', 'NY, USA', 'ChIJOwg_06VPwokRYv534QaPC8g', 'New York', 'NY', 'US'],
  ['San Francisco', 'Córdoba Province, Argentina', 'ChIJu1vKxNk6y5URSp1XhGqPzeA', 'San Francisco', 'Córdoba', 'AR'],
];
const locInput = document.getElementById('location');
locInput.classList.add('pac-target-input');
const pac = document.createElement('div');
pac.className = 'pac-container pac-logo';
pac.style.display = 'none';
document.body.appendChild(pac);
let predictions = [];
let active = -1;
let timer;

function escapeHtml(s) { return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]); }
function showPredictions(q) {
  const query = q.trim().toLowerCase();
  predictions = query.length < 1 ? [] : PLACES.filter(([main, secondary]) => `${main}, ${secondary}`.toLowerCase().split(/[\s,()]+/).some((_, i, words) => words.slice(i).join(' ').startsWith(query.replace(/,/g, ''))) || `${main}, ${secondary}`.toLowerCase().startsWith(query)).slice(0, 5);
  active = -1;
  if (!predictions.length) { pac.style.display = 'none'; return; }
  pac.innerHTML = predictions.map(([main, secondary], i) => {
    const at = main.toLowerCase().indexOf(query);
    const q = at >= 0 ? `${escapeHtml(main.slice(0, at))}<span class="pac-matched">${escapeHtml(main.slice(at, at + query.length))}</span>${escapeHtml(main.slice(at + query.length))}` : escapeHtml(main);
    return `<div class="pac-item" data-index="${i}"><span class="pac-icon pac-icon-marker"></span><span class="pac-item-query">${q}</span><span>${escapeHtml(secondary)}</span></div>`;
  }).join('');
  const r = locInput.getBoundingClientRect();
  Object.assign(pac.style, { display: 'block', width: `${r.width}px`, left: `${r.left + window.scrollX}px`, top: `${r.bottom + window.scrollY}px` });
}
function choose(i) {
  const [main, secondary, placeId, city, region, country] = predictions[i];
  locInput.value = `${main}, ${secondary}`;
  document.getElementById('location_place_id').value = placeId;
  document.getElementById('location_city').value = city;
  document.getElementById('location_region').value = region;
  document.getElementById('location_country').value = country;
  pac.style.display = 'none';
  renderModel();
}
function highlight() { [...pac.children].forEach((el, i) => el.classList.toggle('pac-item-selected', i === active)); }
locInput.addEventListener('input', () => {
  // the API keeps the place fields of the last pick until place_changed fires again
  clearTimeout(timer);
  timer = setTimeout(() => showPredictions(locInput.value), 150);
});
locInput.addEventListener('keydown', (e) => {
  if (pac.style.display === 'none') return;
  if (e.key === 'ArrowDown') { active = Math.min(active + 1, predictions.length - 1); highlight(); e.preventDefault(); }
  else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); highlight(); e.preventDefault(); }
  else if (e.key === 'Enter') { e.preventDefault(); if (active >= 0) choose(active); }
  else if (e.key === 'Escape') pac.style.display = 'none';
});
locInput.addEventListener('blur', () => setTimeout(() => { pac.style.display = 'none'; }, 200));
pac.addEventListener('mousedown', (e) => {
  const item = e.target.closest('.pac-item');
  if (item) { e.preventDefault(); choose(Number(item.dataset.index)); }
});

/* ---- model ---- */
function coverLetterText() {
  const editor = tinymce.get('cover_letter');
  return editor ? editor.getContent({ format: 'text' }).replace(/\s+/g, ' ').trim() : document.getElementById('cover_letter').value;
}
function readModel() {
  const data = new FormData(form);
  const model = {};
  for (const [k, v] of data.entries()) if (!(v instanceof File)) model[k] = v;
  for (const k of ['privacy', 'talent_community']) model[k] = data.has(k);
  model.resume = document.getElementById('resume').files[0]?.name ?? null;
  model.cover_letter = coverLetterText();
  model.phone_unmasked = document.getElementById('phone').inputmask?.unmaskedvalue() ?? '';
  model.salary_unmasked = document.getElementById('salary').inputmask?.unmaskedvalue() ?? '';
  return model;
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);

tinymce.init({
  selector: '#cover_letter',
  license_key: 'gpl',
  menubar: false,
  branding: false,
  promotion: false,
  statusbar: true,
  elementpath: false,
  height: 260,
  plugins: 'lists link autolink',
  toolbar: 'undo redo | bold italic underline | bullist numlist | link',
  placeholder: 'Paste or write your cover letter (optional)',
  setup(editor) {
    editor.on('input change keyup SetContent Undo Redo', () => { editor.save(); renderModel(); });
  },
}).then(renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  tinymce.triggerSave();
  const m = readModel();
  const ok = m.first_name && m.last_name && m.email && m.phone_unmasked.length === 10 && m.location && m.resume && m.q_authorized && m.q_sponsorship && m.q_onsite && m.privacy;
  if (!ok) { document.getElementById('form-error').style.display = 'block'; return; }
  form.style.display = 'none';
  document.getElementById('done').style.display = 'block';
});

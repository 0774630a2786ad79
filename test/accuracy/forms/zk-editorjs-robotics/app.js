/*
 * A robotics company's careers page (vanilla JS): Editor.js holds the cover letter (block editor,
 * `.ce-paragraph` contenteditable blocks, the data comes from editor.save()); the mobile phone is
 * formatted as you type with libphonenumber-js AsYouType for the country chosen beside it; "Where do
 * you live?" is a Mapbox-GL-Geocoder-style control (the plugin's `.mapboxgl-ctrl-geocoder` markup,
 * an input created without id or label, aria-label from the placeholder, `.suggestions` list under
 * it; results come from a fake geocoding endpoint since Mapbox cannot be reached here). The posted
 * state is mirrored into <pre id="model">.
 */
import EditorJS from '@editorjs/editorjs';
import { AsYouType, parsePhoneNumberFromString, getCountries, getCountryCallingCode } from 'libphonenumber-js';

const form = document.getElementById('arc-apply');
const state = { location: '', location_feature: null, cover_letter: '' };

/* ---- phone: country select + AsYouType ---- */
const names = new Intl.DisplayNames(['en'], { type: 'region' });
const countrySelect = document.getElementById('phone_country');
const countries = getCountries().map((c) => [c, names.of(c)]).sort((a, b) => a[1].localeCompare(b[1]));
countrySelect.innerHTML = countries.map(([c, n]) => `<option value="${c}">${n} (+${getCountryCallingCode(c)})</option>`).join('');
countrySelect.value = 'US';
const phone = document.getElementById('phone');
function formatPhone() {
  const digitsBefore = phone.value.slice(0, phone.selectionStart ?? phone.value.length).replace(/\D/g, '').length;
  const formatted = new AsYouType(countrySelect.value).input(phone.value);
  if (formatted !== phone.value) {
    phone.value = formatted;
    let pos = 0, seen = 0;
    while (pos < formatted.length && seen < digitsBefore) { if (/\d/.test(formatted[pos])) seen++; pos++; }
    phone.setSelectionRange(pos, pos);
  }
}
phone.addEventListener('input', formatPhone);
countrySelect.addEventListener('change', formatPhone);
phone.placeholder = '(201) 555-0123';

/* ---- Mapbox-GL-Geocoder-style control ---- */
const FEATURES = [
  ['San Francisco', 'California, United States', 'place.292358636'],
  ['South San Francisco', 'California, United States', 'place.295561148'],
  ['San Francisco Bay', 'California, United States', 'poi.1932735'],
  ['San Fernando', 'California, United States', 'place.290701964'],
  ['San Jose', 'California, United States', 'place.294766700'],
  ['Pittsburgh', 'Pennsylvania, United States', 'place.233720044'],
  ['Philadelphia', 'Pennsylvania, United States', 'place.230680684'],
  ['Portland', 'Oregon, United States', 'place.227960940'],
  ['Boston', 'Massachusetts, United States', 'place.31590572'],
  ['Seattle', 'Washington, United States', 'place.233779244'],
  ['Austin', 'Texas, United States', 'place.20547820'],
  ['Oakland', 'California, United States', 'place.241444972'],
];
const geocoder = document.getElementById('geocoder');
geocoder.innerHTML = `<div class="mapboxgl-ctrl-geocoder mapboxgl-ctrl">
  <svg class="mapboxgl-ctrl-geocoder--icon mapboxgl-ctrl-geocoder--icon-search" viewBox="0 0 18 18" xml:space="preserve" width="18" height="18"><path d="M7.4 2.5c-2.7 0-4.9 2.2-4.9 4.9s2.2 4.9 4.9 4.9c1 0 1.8-.2 2.5-.8l3.7 3.7c.2.2.4.3.8.3.7 0 1.1-.4 1.1-1.1 0-.3-.1-.5-.3-.8L11.4 10c.4-.8.8-1.6.8-2.5.1-2.8-2.1-5-4.8-5zm0 1.6c1.8 0 3.2 1.4 3.2 3.2s-1.4 3.2-3.2 3.2-3.3-1.3-3.3-3.1 1.4-3.3 3.3-3.3z"></path></svg>
  <input type="text" class="mapboxgl-ctrl-geocoder--input" placeholder="Search for your city" aria-label="Search for your city">
  <div class="suggestions-wrapper"><ul class="suggestions" style="display: none;"></ul></div>
  <div class="mapboxgl-ctrl-geocoder--pin-right"><button aria-label="Clear" class="mapboxgl-ctrl-geocoder--button" type="button">✕</button><svg class="mapboxgl-ctrl-geocoder--icon mapboxgl-ctrl-geocoder--icon-loading" style="display:none" width="0" height="0"></svg></div>
</div>`;
const geoInput = geocoder.querySelector('.mapboxgl-ctrl-geocoder--input');
const list = geocoder.querySelector('.suggestions');
const clearBtn = geocoder.querySelector('.mapboxgl-ctrl-geocoder--button');
let results = [];
let selected = -1;
let debounce;
function render() {
  if (!results.length) { list.style.display = 'none'; return; }
  list.innerHTML = results.map(([title, address], i) => `<li class="${i === selected ? 'active' : ''}"><a><div class="mapboxgl-ctrl-geocoder--suggestion"><div class="mapboxgl-ctrl-geocoder--suggestion-title">${title}</div><div class="mapboxgl-ctrl-geocoder--suggestion-address">${address}</div></div></a></li>`).join('');
  list.style.display = 'block';
}
function pick(i) {
  const [title, address, id] = results[i];
  geoInput.value = `${title}, ${address}`;
  state.location = geoInput.value;
  state.location_feature = id;
  results = [];
  render();
  clearBtn.style.display = 'block';
  renderModel();
}
geoInput.addEventListener('input', () => {
  state.location = geoInput.value;
  state.location_feature = null;
  clearBtn.style.display = geoInput.value ? 'block' : 'none';
  renderModel();
  clearTimeout(debounce);
  debounce = setTimeout(() => {
    const q = geoInput.value.trim().toLowerCase();
    results = q.length < 2 ? [] : FEATURES.filter(([t, a]) => `${t}, ${a}`.toLowerCase().startsWith(q) || t.toLowerCase().split(' ').some((w) => w.startsWith(q))).slice(0, 5);
    selected = results.length ? 0 : -1;
    render();
  }, 200);
});
geoInput.addEventListener('keydown', (e) => {
  if (list.style.display === 'none') return;
  if (e.key === 'ArrowDown') { selected = Math.min(selected + 1, results.length - 1); render(); e.preventDefault(); }
  if (e.key === 'ArrowUp') { selected = Math.max(selected - 1, 0); render(); e.preventDefault(); }
  if (e.key === 'Enter' && selected >= 0) { e.preventDefault(); pick(selected); }
  if (e.key === 'Escape') { results = []; render(); }
});
geoInput.addEventListener('blur', () => setTimeout(() => { results = []; render(); }, 150));
list.addEventListener('mousedown', (e) => {
  const li = e.target.closest('li');
  if (li) { e.preventDefault(); pick([...list.children].indexOf(li)); }
});
clearBtn.addEventListener('click', () => { geoInput.value = ''; state.location = ''; state.location_feature = null; clearBtn.style.display = 'none'; renderModel(); });

/* ---- Editor.js cover letter ---- */
const editor = new EditorJS({
  holder: 'cover-editor',
  placeholder: 'Write a short note to the hiring team…',
  minHeight: 120,
  onChange: async () => {
    const data = await editor.save();
    state.cover_letter = data.blocks.map((b) => (b.data.text ?? '').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ')).join(' ').replace(/\s+/g, ' ').trim();
    renderModel();
  },
});

// the page's draft preview reads the blocks as they are typed; editor.save() confirms it on change
document.getElementById('cover-editor').addEventListener('input', () => {
  state.cover_letter = [...document.querySelectorAll('#cover-editor .ce-block')].map((b) => b.innerText).join(' ').replace(/\s+/g, ' ').trim();
  renderModel();
});

function readModel() {
  const data = new FormData(form);
  const model = {};
  for (const [k, v] of data.entries()) if (!(v instanceof File)) model[k] = v;
  if (!('relocate' in model)) model.relocate = null;
  model.privacy = data.has('privacy');
  const parsed = parsePhoneNumberFromString(phone.value, countrySelect.value);
  model.phone_e164 = parsed ? parsed.number : null;
  model.location = state.location;
  model.location_feature = state.location_feature;
  model.cover_letter = state.cover_letter;
  model.resume = document.getElementById('resume').files[0]?.name ?? null;
  return model;
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!m.first_name || !m.last_name || !m.email || !m.phone_e164 || !m.location || !m.work_status || !m.resume || !m.privacy) {
    document.getElementById('err').style.display = 'block';
    return;
  }
  form.style.display = 'none';
  document.getElementById('arc-done').style.display = 'block';
});

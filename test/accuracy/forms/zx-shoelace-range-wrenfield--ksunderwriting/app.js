/*
 * Wrenfield Mutual careers page on Shoelace 2 web components, another posting (Analytics Engineer,
 * Personal Lines Underwriting): sl-inputs with "+1" and "$" prefix slots, the site's delayed
 * location suggestions, LinkedIn plus "GitHub or portfolio link", an 18+ question and the years
 * as sl-radio-groups of sl-radio-buttons, an sl-select degree, authorization as radio buttons and
 * sponsorship as an sl-switch (the template's switch and radio group, swapped), a hybrid
 * sl-switch, a travel sl-range preset to 2, a type=date start, a multiple sl-select of credentials,
 * the hidden file input behind an sl-button, an sl-textarea cover letter and an sl-checkbox. The
 * values are rendered into <pre id="model">.
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/menu/menu.js';
import '@shoelace-style/shoelace/dist/components/menu-item/menu-item.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/range/range.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';

const PLACES = ['Columbus, OH', 'Dublin, OH', 'Indianapolis, IN', 'Oakland, CA', 'San Francisco, CA', 'San Mateo, CA', 'South San Francisco, CA', 'Westerville, OH'];
const $ = (id) => document.getElementById(id);

const location = $('location');
const menu = $('location-menu');
let timer;
location.addEventListener('sl-input', () => {
  clearTimeout(timer);
  const q = location.value.toLowerCase();
  timer = setTimeout(() => {
    const hits = q ? PLACES.filter((p) => p.toLowerCase().includes(q) && p.toLowerCase() !== q) : [];
    menu.replaceChildren(...hits.map((p) => { const item = document.createElement('sl-menu-item'); item.value = p; item.textContent = p; return item; }));
    menu.hidden = hits.length === 0;
  }, 500);
});
menu.addEventListener('sl-select', (event) => { location.value = event.detail.item.value; menu.hidden = true; render(); });

$('resume-btn').addEventListener('click', () => $('resume').click());
$('resume').addEventListener('change', () => { $('resume-name').textContent = $('resume').files[0]?.name ?? 'No file chosen'; render(); });

function model() {
  return {
    firstName: $('firstName').value, lastName: $('lastName').value, email: $('email').value, phone: $('phone').value, location: $('location').value,
    linkedin: $('linkedin').value, github: $('github').value, adult: $('adult').value, years: $('years').value, degree: $('degree').value,
    authorized: $('authorized').value, sponsorship: $('sponsorship').checked, salary: $('salary').value, hybrid: $('hybrid').checked, travel: $('travel').value,
    start: $('start').value, credential: $('credential').value, resume: $('resume').files[0]?.name ?? null, cover: $('cover').value, consent: $('consent').checked,
    siteSearch: $('site-search').value, news: $('news').value,
  };
}
function render() { const text = JSON.stringify(model(), null, 1); if ($('model').textContent !== text) $('model').textContent = text; }
for (const type of ['sl-input', 'sl-change', 'input', 'change']) document.addEventListener(type, () => queueMicrotask(render));
Promise.all(['sl-input', 'sl-select', 'sl-switch', 'sl-range', 'sl-radio-group', 'sl-checkbox', 'sl-textarea'].map((t) => customElements.whenDefined(t))).then(() => setTimeout(render, 0));
render();

$('apply').addEventListener('submit', (event) => {
  event.preventDefault();
  const m = model();
  if (!(m.firstName && m.email && m.resume && m.consent && m.adult && m.authorized)) return;
  $('apply').hidden = true;
  $('done').hidden = false;
});

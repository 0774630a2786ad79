/*
 * Tapply, a phone-first job board: the "Quick apply" page of one posting, hand-written (server-
 * rendered shell + a small vanilla script) with **IMask** on the phone "(000) 000-0000", the
 * salary ("$ 150,000", thousands separators) and the start date (MM/DD/YYYY, a Date mask).
 * Floating labels (the label after the input), a fixed "🇺🇸 +1" in front of the phone, a country
 * button that slides up a bottom sheet with a search box and a role=option list (a hidden input
 * keeps the ISO code), a years stepper (− box +), one-tap chips (role=radio buttons for single
 * answers, aria-pressed buttons for many), a role=switch button, native selects (the phone's own
 * wheel), a "Scan or upload" resume button (a label around a hidden file input with capture) and
 * a sticky Apply bar. The posted state is rendered into <pre id="model">.
 */
import IMask from 'imask';

const COUNTRIES = [
  ['AR', 'Argentina'], ['AU', 'Australia'], ['BR', 'Brazil'], ['CA', 'Canada'], ['CN', 'China'], ['FR', 'France'], ['DE', 'Germany'],
  ['IN', 'India'], ['IE', 'Ireland'], ['JP', 'Japan'], ['MX', 'Mexico'], ['NL', 'Netherlands'], ['PH', 'Philippines'], ['PL', 'Poland'],
  ['ES', 'Spain'], ['GB', 'United Kingdom'], ['US', 'United States'], ['UM', 'United States Minor Outlying Islands'], ['VN', 'Vietnam'],
];

const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function floating(id, name, label, attrs = '') {
  return `<div class="fl"><input id="${id}" name="${name}" placeholder=" " ${attrs}><label for="${id}">${label}</label></div>`;
}
function chips(id, name, label, options, multi = false) {
  const role = multi ? 'group' : 'radiogroup';
  const buttons = options.map((o) => multi
    ? `<button type="button" class="chip" aria-pressed="false" data-value="${esc(o)}">${esc(o)}</button>`
    : `<button type="button" class="chip" role="radio" aria-checked="false" tabindex="0" data-value="${esc(o)}">${esc(o)}</button>`).join('');
  return `<div class="block"><div class="qlabel" id="${id}-label">${label}</div>
    <div class="chips" id="${id}" role="${role}" aria-labelledby="${id}-label" data-name="${name}" data-multi="${multi}">${buttons}</div>
    <input type="hidden" name="${name}" value=""></div>`;
}
function nativeSelect(id, name, label, options, first = 'Select') {
  return `<div class="block"><label class="qlabel" for="${id}">${label}</label>
    <select id="${id}" name="${name}"><option value="">${first}</option>${options.map((o) => `<option>${esc(o)}</option>`).join('')}</select></div>`;
}
function switchRow(id, name, label, hint) {
  return `<div class="block row"><div><div class="qlabel" id="${id}-label">${label}</div>${hint ? `<div class="hint">${hint}</div>` : ''}</div>
    <button type="button" class="switch" role="switch" id="${id}" aria-checked="false" aria-labelledby="${id}-label" data-name="${name}"><span></span></button>
    <input type="hidden" name="${name}" value="false"></div>`;
}
function question(q) {
  if (q.type === 'chips') return chips(q.id, q.name, q.label, q.options, q.multi);
  if (q.type === 'select') return nativeSelect(q.id, q.name, q.label, q.options);
  if (q.type === 'switch') return switchRow(q.id, q.name, q.label, q.hint);
  if (q.type === 'text') return `<div class="block">${floating(q.id, q.name, q.label, q.attrs ?? '')}${q.hint ? `<div class="hint">${q.hint}</div>` : ''}</div>`;
  throw new Error(q.type);
}

export function renderQuickApply(job) {
  document.title = `Quick apply · ${job.title} · ${job.company} · Tapply`;
  document.getElementById('app').innerHTML = `
  <header class="bar"><a class="logo" href="#">tapply</a>
    <form class="search" role="search" onsubmit="return false"><input type="search" id="job-search" name="keywords" aria-label="Search jobs" placeholder="Search jobs, companies"></form>
    <a href="#" class="signin">Sign in</a></header>
  <article class="job"><div class="co">${esc(job.company)}</div><h1>${esc(job.title)}</h1>
    <div class="tags">${job.tags.map((t) => `<span>${esc(t)}</span>`).join('')}</div><p>${esc(job.blurb)}</p></article>
  <form id="quick-apply" action="/apply" method="post" novalidate>
    <h2>Quick apply</h2><p class="sub">Takes about 2 minutes. Fields marked * are required.</p>
    <section><h3>Contact</h3>
      ${floating('qa-fullname', 'candidate.fullName', 'Full name *', 'autocomplete="name" required')}
      ${floating('qa-email', 'candidate.email', 'Email *', 'type="email" autocomplete="email" required')}
      <div class="phone"><span class="dial" aria-hidden="true">🇺🇸 +1</span>${floating('qa-phone', 'candidate.phone', 'Mobile phone *', 'type="tel" inputmode="tel" required')}</div>
      <div class="hint">(555) 555-5555</div>
      <div class="block"><div class="qlabel" id="qa-country-label">Country of residence *</div>
        <button type="button" class="picker" id="qa-country" aria-haspopup="dialog" aria-labelledby="qa-country-label qa-country" aria-controls="country-sheet"><span class="val">Select</span></button>
        <input type="hidden" name="candidate.countryCode" id="qa-country-code" value=""></div>
      ${floating('qa-location', 'candidate.cityState', 'City, State', 'autocomplete="off"')}
      <div class="hint">e.g. Austin, TX</div>
    </section>
    <section><h3>Profile</h3>
      ${floating('qa-linkedin', 'candidate.links.linkedin', 'LinkedIn profile', 'type="url"')}
      ${floating('qa-github', 'candidate.links.github', 'GitHub', 'type="url"')}
      ${floating('qa-title', 'candidate.currentTitle', 'Current job title')}
      ${floating('qa-company', 'candidate.currentCompany', 'Current company')}
      <div class="block row"><label class="qlabel" for="qa-years">Years of professional experience</label>
        <div class="stepper"><button type="button" class="step" data-step="-1" aria-label="Fewer years">−</button>
        <input id="qa-years" name="candidate.yearsExperience" inputmode="numeric" value="0" size="3">
        <button type="button" class="step" data-step="1" aria-label="More years">+</button></div></div>
      ${nativeSelect('qa-degree', 'candidate.degree', 'Highest degree', ['High school', 'Associate', "Bachelor's", "Master's", 'PhD', 'Bootcamp / certificate'])}
      ${chips('qa-pronouns', 'candidate.pronouns', 'Pronouns', ['she/her', 'he/him', 'they/them', 'Prefer not to say'])}
    </section>
    <section><h3>Eligibility &amp; pay</h3>
      ${chips('qa-authorized', 'answers.authorized', `Are you legally authorized to work in ${esc(job.country)}? *`, ['Yes', 'No'])}
      ${chips('qa-sponsor', 'answers.sponsorship', 'Will you require visa sponsorship, now or in the future?', ['Yes', 'No'])}
      <div class="block">${floating('qa-salary', 'answers.salary', 'Expected base salary (USD / year)', 'inputmode="numeric"')}</div>
      <div class="block">${floating('qa-start', 'answers.startDate', 'Earliest start date', 'inputmode="numeric"')}<div class="hint">MM/DD/YYYY</div></div>
    </section>
    <section><h3>From ${esc(job.company)}</h3>${job.questions.map(question).join('')}</section>
    <section><h3>Documents</h3>
      <label class="upload" for="qa-resume"><span class="cam">📷</span> Scan or upload résumé *<small>PDF, DOCX or photo · max 8 MB</small></label>
      <input type="file" id="qa-resume" name="resume" accept=".pdf,.doc,.docx,image/*" capture="environment" class="visually-hidden">
      <div class="filename" id="qa-resume-name"></div>
      <div class="block"><textarea id="qa-note" name="candidate.note" rows="4" aria-label="Note to the hiring team" placeholder="Add a cover letter (optional)"></textarea></div>
    </section>
    <section><h3>Voluntary self-identification</h3><p class="hint">Optional. Never shown to the hiring manager.</p>
      ${nativeSelect('qa-gender', 'eeo.gender', 'Gender', ['Female', 'Male', 'Non-binary', 'I prefer not to answer'])}
      ${nativeSelect('qa-veteran', 'eeo.veteran', 'Veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'I prefer not to answer'])}
    </section>
    <section>
      ${nativeSelect('qa-source', 'tracking.source', 'Where did you find this job?', ['Tapply search', 'Tapply push notification', 'Company website', 'Friend or colleague', 'Social media'])}
      ${switchRow('qa-alerts', 'prefs.similarJobs', 'Push me similar jobs', 'You can turn this off in Settings.')}
      <label class="check"><input type="checkbox" id="qa-terms" name="consent.terms" value="yes"> I agree to Tapply's Terms of Use and that ${esc(job.company)} may process my application *</label>
    </section>
    <p id="qa-error" class="err" hidden>Please attach your résumé and accept the terms.</p>
    <div class="apply-bar"><button type="submit" id="qa-submit">Apply now</button></div>
  </form>
  <div id="qa-done" hidden><h2>Applied! 🎉</h2><p>Track your application in the Tapply app.</p></div>
  <div class="scrim" id="scrim" hidden></div>
  <div class="sheet" id="country-sheet" role="dialog" aria-modal="true" aria-label="Country of residence" hidden>
    <div class="grab"></div><div class="sheet-head">Country of residence <button type="button" class="close" aria-label="Close">✕</button></div>
    <input type="search" class="sheet-search" aria-label="Search countries" placeholder="Search">
    <ul role="listbox" aria-label="Countries">${COUNTRIES.map(([code, name]) => `<li role="option" aria-selected="false" data-code="${code}">${name}</li>`).join('')}</ul>
  </div>
  <pre id="model"></pre>`;

  const form = document.getElementById('quick-apply');
  const model = {};
  const masks = {
    phone: IMask(document.getElementById('qa-phone'), { mask: '(000) 000-0000' }),
    salary: IMask(document.getElementById('qa-salary'), { mask: '$ num', blocks: { num: { mask: Number, thousandsSeparator: ',', scale: 0, min: 0, max: 9999999 } } }),
    start: IMask(document.getElementById('qa-start'), {
      mask: Date, pattern: 'm{/}`d{/}`Y', lazy: true,
      format: (date) => [String(date.getMonth() + 1).padStart(2, '0'), String(date.getDate()).padStart(2, '0'), date.getFullYear()].join('/'),
      parse: (text) => { const [m, d, y] = text.split('/'); return new Date(y, m - 1, d); },
      min: new Date(2026, 0, 1), max: new Date(2030, 11, 31), autofix: true,
    }),
  };
  // the posted body, with dotted names as nested objects (candidate.fullName → { candidate: { fullName } })
  const put = (path, value) => {
    const keys = path.split('.');
    let at = model;
    for (const key of keys.slice(0, -1)) at = at[key] ??= {};
    at[keys.at(-1)] = value;
  };
  const render = () => {
    for (const el of form.querySelectorAll('input[name], select[name], textarea[name]')) {
      if (el.type === 'file') put(el.name, [...el.files].map((f) => f.name));
      else if (el.type === 'checkbox') put(el.name, el.checked);
      else put(el.name, el.value);
    }
    put('answers.salary', masks.salary.unmaskedValue);
    put('candidate.phone', masks.phone.unmaskedValue);
    document.getElementById('model').textContent = JSON.stringify(model, null, 2);
  };
  for (const mask of Object.values(masks)) mask.on('accept', render);
  form.addEventListener('input', render);
  form.addEventListener('change', render);

  // stepper
  const years = document.getElementById('qa-years');
  years.addEventListener('input', () => { years.value = years.value.replace(/\D/g, '').slice(0, 2); });
  for (const b of form.querySelectorAll('.step')) b.addEventListener('click', () => {
    years.value = String(Math.max(0, Math.min(50, (parseInt(years.value, 10) || 0) + Number(b.dataset.step))));
    years.dispatchEvent(new Event('input', { bubbles: true }));
  });

  // chips
  for (const group of form.querySelectorAll('.chips')) {
    const hidden = group.parentElement.querySelector('input[type=hidden]');
    const multi = group.dataset.multi === 'true';
    group.addEventListener('click', (event) => {
      const chip = event.target.closest('.chip');
      if (!chip) return;
      if (multi) chip.setAttribute('aria-pressed', chip.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      else for (const other of group.querySelectorAll('.chip')) other.setAttribute('aria-checked', other === chip ? 'true' : 'false');
      const on = [...group.querySelectorAll(multi ? '[aria-pressed=true]' : '[aria-checked=true]')].map((c) => c.dataset.value);
      hidden.value = on.join('|');
      render();
    });
  }
  // switches
  for (const sw of form.querySelectorAll('.switch')) sw.addEventListener('click', () => {
    const on = sw.getAttribute('aria-checked') !== 'true';
    sw.setAttribute('aria-checked', String(on));
    sw.parentElement.querySelector('input[type=hidden]').value = String(on);
    render();
  });
  // resume
  const resume = document.getElementById('qa-resume');
  resume.addEventListener('change', () => { document.getElementById('qa-resume-name').textContent = [...resume.files].map((f) => f.name).join(', '); });

  // country bottom sheet
  const sheet = document.getElementById('country-sheet');
  const scrim = document.getElementById('scrim');
  const opener = document.getElementById('qa-country');
  const search = sheet.querySelector('.sheet-search');
  const close = () => { sheet.hidden = true; scrim.hidden = true; sheet.classList.remove('up'); };
  opener.addEventListener('click', () => { sheet.hidden = false; scrim.hidden = false; requestAnimationFrame(() => sheet.classList.add('up')); search.value = ''; filter(); search.focus(); });
  const filter = () => { for (const li of sheet.querySelectorAll('li')) li.hidden = !li.textContent.toLowerCase().includes(search.value.trim().toLowerCase()); };
  search.addEventListener('input', filter);
  scrim.addEventListener('click', close);
  sheet.querySelector('.close').addEventListener('click', close);
  sheet.querySelector('ul').addEventListener('click', (event) => {
    const li = event.target.closest('li');
    if (!li) return;
    for (const other of sheet.querySelectorAll('li')) other.setAttribute('aria-selected', String(other === li));
    opener.querySelector('.val').textContent = li.textContent;
    document.getElementById('qa-country-code').value = li.dataset.code;
    close();
    render();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
    if (!document.getElementById('qa-terms').checked || !resume.files.length) { document.getElementById('qa-error').hidden = false; return; }
    form.hidden = true;
    document.getElementById('qa-done').hidden = false;
  });
  render();
}

/*
 * Hirebridge, a small hosted ATS: the apply page of one posting, server-rendered markup plus a
 * vanilla script (no component library). Its choice controls come in the shapes the product
 * ships: a dial-code select with no prompt (the first country, "AD - Andorra (+376)", is
 * selected), a country select of ISO alpha-3 codes ("USA – United States" between "UMI – United
 * States Minor Outlying Islands" and "VIR – United States Virgin Islands"), suggestion comboboxes
 * that list nothing until 3 (city) or 2 (school) letters are typed, a role=switch "Currently
 * employed" and an aria-pressed "Open to relocation" toggle, segmented experience buttons
 * (role=radio), radio cards with a title and a description, a checkbox list of work-permit
 * statuses where exactly one applies, ISCED-coded education levels, a currency select that starts
 * on "AUD", pronoun radios with "Other (please specify)" revealing a box, and the same reveal on
 * "how did you hear". Each posting's app.js passes its own questions (segmented, cards, switch,
 * tree select, long select). State goes to <pre id="model">.
 */
import countries from 'world-countries';

const esc = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const BY_CCA2 = countries.slice().sort((a, b) => a.cca2.localeCompare(b.cca2));
const BY_CCA3 = countries.slice().sort((a, b) => a.cca3.localeCompare(b.cca3));
const dial = (c) => (c.idd.root ? c.idd.root + (c.idd.suffixes && c.idd.suffixes.length === 1 ? c.idd.suffixes[0] : '') : '');

const CITIES = [
  'San Antonio, Texas, United States', 'San Bernardino, California, United States', 'San Diego, California, United States',
  'San Fernando, Pampanga, Philippines', 'San Francisco, California, United States', 'San Francisco, Córdoba, Argentina',
  'San Francisco de Macorís, Duarte, Dominican Republic', 'San Jose, California, United States', 'San José, San José, Costa Rica',
  'San Mateo, California, United States', 'San Rafael, California, United States', 'Santa Clara, California, United States',
  'South San Francisco, California, United States', 'Oakland, California, United States', 'Seattle, Washington, United States',
  'Portland, Oregon, United States', 'Denver, Colorado, United States', 'Austin, Texas, United States', 'Boston, Massachusetts, United States',
  'New York, New York, United States', 'Chicago, Illinois, United States', 'Larkfield, Kent, United Kingdom', 'London, England, United Kingdom',
  'Toronto, Ontario, Canada', 'Vancouver, British Columbia, Canada', 'Dublin, Leinster, Ireland', 'Berlin, Berlin, Germany',
];
const SCHOOLS = [
  'Berkeley City College', 'Berkeley College', 'Berklee College of Music', 'University of California, Berkeley',
  'University of California, Berkeley Extension', 'University of California, Davis', 'University of California, Los Angeles',
  'University of California, San Diego', 'University of California, Santa Cruz', 'California State University, East Bay',
  'Stanford University', 'San Francisco State University', 'University of San Francisco', 'University of Washington',
  'University of Oregon', 'University of Texas at Austin', 'Massachusetts Institute of Technology', 'University of Toronto',
];
const CURRENCIES = [
  'AUD – Australian dollar', 'CAD – Canadian dollar', 'CHF – Swiss franc', 'EUR – Euro', 'GBP – Pound sterling',
  'INR – Indian rupee', 'NZD – New Zealand dollar', 'SGD – Singapore dollar', 'USD – US dollar',
];
const ISCED = [
  'ISCED 2 – Lower secondary', 'ISCED 3 – Upper secondary (high school)', 'ISCED 4 – Post-secondary, non-tertiary',
  'ISCED 5 – Short-cycle tertiary (associate)', "ISCED 6 – Bachelor's or equivalent", "ISCED 7 – Master's or equivalent",
  'ISCED 8 – Doctoral or equivalent',
];

const state = {
  candidate: { first_name: '', last_name: '', email: '', phone_country: 'AD', phone: '', country: '', city: '', city_id: '', currently_employed: false, employer: '', job_title: '', years: '', school: '', education_level: '', pronouns: '', pronouns_other: '' },
  eligibility: { statuses: [], sponsorship: '' },
  preferences: { relocate: false, arrangement: '', salary_amount: '', salary_currency: 'AUD', job_alerts: false },
  answers: {},
  documents: { resume: '', cover_letter: '' },
  tracking: { source: '', source_other: '' },
  eeo: { gender: '', veteran: '' },
  consent: { privacy: false },
};

function render() {
  document.getElementById('model').textContent = JSON.stringify(state, null, 2);
}

function setPath(path, value) {
  const keys = path.split('.');
  let obj = state;
  for (const key of keys.slice(0, -1)) obj = obj[key];
  obj[keys[keys.length - 1]] = value;
  render();
}

const row = (id, label, control, { required = false, hint = '' } = {}) => `
  <div class="hb-row" data-row="${id}">
    <label class="hb-label" for="${id}">${esc(label)}${required ? ' <abbr title="required">*</abbr>' : ''}</label>
    ${control}
    ${hint ? `<p class="hb-hint" id="${id}-hint">${esc(hint)}</p>` : ''}
  </div>`;

const legendRow = (id, legend, inner, hint = '') => `
  <fieldset class="hb-row hb-fieldset" id="${id}-set">
    <legend class="hb-label" id="${id}-legend">${legend}</legend>
    ${hint ? `<p class="hb-hint">${esc(hint)}</p>` : ''}
    ${inner}
  </fieldset>`;

function suggest(id, name, label, minChars, hint, required) {
  return row(id, label, `
    <div class="hb-combo">
      <input id="${id}" name="${name}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list" autocomplete="off" aria-describedby="${id}-hint">
      <input type="hidden" name="${name}_id" id="${id}-id">
      <ul id="${id}-list" role="listbox" class="hb-suggest" hidden></ul>
    </div>`, { hint, required });
}

function segmented(id, name, legend, options) {
  return `
  <div class="hb-row" data-row="${id}">
    <span class="hb-label" id="${id}-label">${esc(legend)}</span>
    <div class="hb-seg" role="radiogroup" id="${id}" aria-labelledby="${id}-label" data-name="${name}">
      ${options.map((o) => `<button type="button" role="radio" aria-checked="false" class="hb-seg-btn" data-value="${esc(o)}">${esc(o)}</button>`).join('')}
    </div>
  </div>`;
}

function cards(id, name, legend, options) {
  return legendRow(id, esc(legend), `<div class="hb-cards" id="${id}">
    ${options.map((o, i) => `
      <label class="hb-card" for="${id}-${i}">
        <input type="radio" id="${id}-${i}" name="${name}" value="${esc(o.value)}">
        <span class="hb-card-title">${esc(o.title)}</span>
        <span class="hb-card-desc">${esc(o.desc)}</span>
      </label>`).join('')}
  </div>`);
}

function switchRow(id, name, label, hint = '') {
  return `
  <div class="hb-row hb-switch-row" data-row="${id}">
    <span class="hb-label" id="${id}-label">${esc(label)}</span>
    <button type="button" role="switch" aria-checked="false" id="${id}" class="hb-switch" aria-labelledby="${id}-label" data-name="${name}"><span class="hb-thumb" aria-hidden="true"></span></button>
    <input type="hidden" name="${name}" id="${id}-value" value="false">
    ${hint ? `<p class="hb-hint">${esc(hint)}</p>` : ''}
  </div>`;
}

function tree(id, name, label, nodes, hint = '') {
  const renderNodes = (list, depth) => `<ul role="${depth ? 'group' : 'tree'}" ${depth ? '' : `id="${id}-tree" aria-label="${esc(label)}"`}>
    ${list.map((n) => n.children
      ? `<li role="treeitem" aria-expanded="false" class="hb-branch"><span class="hb-node"><span class="hb-caret" aria-hidden="true">▸</span>${esc(n.label)}</span>${renderNodes(n.children, depth + 1)}</li>`
      : `<li role="treeitem" class="hb-leaf" data-path="${esc(n.path)}"><span class="hb-node">${esc(n.label)}</span></li>`).join('')}
  </ul>`;
  const withPaths = (list, prefix) => list.map((n) => ({ ...n, path: prefix ? `${prefix} / ${n.label}` : n.label, children: n.children && withPaths(n.children, prefix ? `${prefix} / ${n.label}` : n.label) }));
  return `
  <div class="hb-row" data-row="${id}">
    <span class="hb-label" id="${id}-label">${esc(label)}</span>
    <div class="hb-tree-select">
      <button type="button" class="hb-tree-trigger" id="${id}" aria-haspopup="tree" aria-expanded="false" aria-labelledby="${id}-label ${id}"><span class="hb-tree-value">Select…</span></button>
      <input type="hidden" name="${name}" id="${id}-value">
      <div class="hb-tree-panel" id="${id}-panel" hidden>
        <input type="search" class="hb-tree-search" id="${id}-search" placeholder="Search" aria-label="Search ${esc(label)}">
        ${renderNodes(withPaths(nodes, ''), 0)}
      </div>
    </div>
    ${hint ? `<p class="hb-hint">${esc(hint)}</p>` : ''}
  </div>`;
}

function longSelect(id, name, label, options, prompt) {
  return row(id, label, `<select id="${id}" name="${name}">${prompt ? `<option value="">${esc(prompt)}</option>` : ''}${options.map((o) => `<option>${esc(o)}</option>`).join('')}</select>`);
}

function questionHtml(q) {
  switch (q.type) {
    case 'segmented': return segmented(q.id, `answers[${q.key}]`, q.label, q.options);
    case 'cards': return cards(q.id, `answers[${q.key}]`, q.label, q.options);
    case 'switch': return switchRow(q.id, `answers[${q.key}]`, q.label, q.hint);
    case 'tree': return tree(q.id, `answers[${q.key}]`, q.label, q.nodes, q.hint);
    case 'select': return longSelect(q.id, `answers[${q.key}]`, q.label, q.options, q.prompt);
    case 'textarea': return row(q.id, q.label, `<textarea id="${q.id}" name="answers[${q.key}]" rows="4"></textarea>`);
    default: return row(q.id, q.label, `<input id="${q.id}" name="answers[${q.key}]" type="text">`);
  }
}

export function renderPosting(posting) {
  for (const q of posting.questions) state.answers[q.key] = q.type === 'switch' ? false : '';
  document.title = `${posting.title} – ${posting.company} – Careers`;
  const app = document.getElementById('app');
  app.innerHTML = `
  <header class="hb-top">
    <span class="hb-logo">${esc(posting.company)}</span>
    <form class="hb-search" role="search" onsubmit="return false"><input id="site-search" type="search" name="q" placeholder="Search jobs" aria-label="Search jobs"></form>
    <a href="#" class="hb-login">Candidate login</a>
  </header>
  <main class="hb-main">
    <h1>${esc(posting.title)}</h1>
    <p class="hb-meta">${esc(posting.meta)}</p>
    <p>${esc(posting.blurb)}</p>
    <form id="hb-form" novalidate>
      <h2>About you</h2>
      <div class="hb-two">
        ${row('hb-first', 'First name', '<input id="hb-first" name="candidate[first_name]" type="text" required>', { required: true })}
        ${row('hb-last', 'Last name', '<input id="hb-last" name="candidate[last_name]" type="text" required>', { required: true })}
      </div>
      ${row('hb-email', 'Email address', '<input id="hb-email" name="candidate[email]" type="email" required>', { required: true })}
      <div class="hb-row" data-row="hb-phone">
        <label class="hb-label" for="hb-phone">Phone</label>
        <div class="hb-phone">
          <select id="hb-dial" name="candidate[phone_country]" aria-label="Country code">${BY_CCA2.filter(dial).map((c) => `<option value="${c.cca2}">${esc(`${c.cca2} - ${c.name.common} (${dial(c)})`)}</option>`).join('')}</select>
          <input id="hb-phone" name="candidate[phone]" type="tel">
        </div>
      </div>
      ${longSelect('hb-country', 'candidate[country]', 'Country of residence', BY_CCA3.map((c) => `${c.cca3} – ${c.name.common}`), 'Choose…')}
      ${suggest('hb-city', 'candidate[city]', 'City', 3, 'Start typing your city (3 letters or more) and pick it from the list.', true)}
      <h2>Experience</h2>
      ${switchRow('hb-employed', 'candidate[currently_employed]', 'Currently employed')}
      <div class="hb-two">
        ${row('hb-employer', 'Employer', '<input id="hb-employer" name="candidate[employer]" type="text">')}
        ${row('hb-jobtitle', 'Job title', '<input id="hb-jobtitle" name="candidate[job_title]" type="text">')}
      </div>
      ${segmented('hb-years', 'candidate[years]', 'Years of relevant experience', ['0–1', '2–4', '5–7', '8–10', '11+'])}
      ${longSelect('hb-education', 'candidate[education_level]', 'Highest level of education completed', ISCED, '—')}
      ${suggest('hb-school', 'candidate[school]', 'School or university', 2, 'Type 2 letters or more.', false)}
      <h2>Work eligibility</h2>
      ${legendRow('hb-status', 'Which of these describes you? <span class="hb-hint-inline">(tick the one that applies)</span>', `
        <div class="hb-checks" id="hb-status">
          <label><input type="checkbox" id="hb-status-any" name="eligibility[statuses][]" value="any"> I am authorized to work in the United States for any employer</label>
          <label><input type="checkbox" id="hb-status-opt" name="eligibility[statuses][]" value="ead"> I am authorized to work in the United States on an EAD (OPT, TN, H-4) that will need renewal or sponsorship later</label>
          <label><input type="checkbox" id="hb-status-visa" name="eligibility[statuses][]" value="visa"> I need an employer to sponsor a visa (e.g. H-1B) before I can work in the United States</label>
          <label><input type="checkbox" id="hb-status-none" name="eligibility[statuses][]" value="none"> I am not able to work in the United States</label>
        </div>`)}
      ${cards('hb-sponsor', 'eligibility[sponsorship]', `Will you need ${posting.company} to sponsor your work permit?`, [
        { value: 'no', title: 'No sponsorship needed', desc: `I can start without any visa support from ${posting.company}, now and in the future.` },
        { value: 'later', title: 'Not now, but later', desc: 'My current permit expires and I will need an extension or a new visa.' },
        { value: 'yes', title: 'Sponsorship needed', desc: 'I will need a sponsored visa before my first day.' },
      ])}
      <h2>Preferences</h2>
      <div class="hb-row" data-row="hb-relocate">
        <span class="hb-label">Relocation</span>
        <button type="button" class="hb-toggle" id="hb-relocate" aria-pressed="false">Open to relocation</button>
        <p class="hb-hint">${esc(posting.relocationHint)}</p>
      </div>
      ${row('hb-arrangement', 'Preferred way of working', `<select id="hb-arrangement" name="preferences[arrangement]">${posting.arrangements.map((a) => `<option>${esc(a)}</option>`).join('')}</select>`)}
      <div class="hb-row" data-row="hb-salary">
        <label class="hb-label" for="hb-salary">Expected annual base salary</label>
        <div class="hb-phone">
          <input id="hb-salary" name="preferences[salary_amount]" type="text" inputmode="numeric">
          <select id="hb-currency" name="preferences[salary_currency]" aria-label="Currency">${CURRENCIES.map((c) => `<option>${esc(c)}</option>`).join('')}</select>
        </div>
      </div>
      ${posting.questions.map(questionHtml).join('')}
      <h2>A bit more about you</h2>
      ${legendRow('hb-pronouns', 'Pronouns', `<div class="hb-radios">
        ${['she/her', 'he/him', 'they/them', 'Other (please specify)'].map((p, i) => `<label><input type="radio" name="candidate[pronouns]" id="hb-pronouns-${i}" value="${esc(p)}"> ${esc(p)}</label>`).join('')}
        <input type="text" id="hb-pronouns-other" name="candidate[pronouns_other]" aria-label="Your pronouns" hidden>
      </div>`)}
      <h2>Documents</h2>
      ${row('hb-resume', 'Résumé / CV (PDF, DOCX)', '<input id="hb-resume" name="documents[resume]" type="file" accept=".pdf,.doc,.docx" required>', { required: true })}
      ${row('hb-cover', 'Cover letter', '<textarea id="hb-cover" name="documents[cover_letter]" rows="6"></textarea>')}
      <h2>One last thing</h2>
      ${row('hb-source', 'How did you hear about this job?', `<select id="hb-source" name="tracking[source]"><option value="">—</option>${['LinkedIn', 'Indeed', 'Our careers site', 'A friend or colleague', 'Meetup or conference', 'Other (please specify)'].map((s) => `<option>${esc(s)}</option>`).join('')}</select>
        <input type="text" id="hb-source-other" name="tracking[source_other]" aria-label="Where did you hear about us?" hidden>`)}
      <section class="hb-eeo">
        <h3>Voluntary self-identification</h3>
        ${legendRow('hb-gender', 'Gender', `<div class="hb-radios">${['Woman', 'Man', 'Non-binary', 'I prefer not to say'].map((g, i) => `<label><input type="radio" name="eeo[gender]" id="hb-gender-${i}" value="${esc(g)}"> ${esc(g)}</label>`).join('')}</div>`)}
        ${row('hb-veteran', 'Protected veteran status', `<select id="hb-veteran" name="eeo[veteran]"><option value="">—</option><option>I am a protected veteran</option><option>I am not a protected veteran</option><option>I prefer not to say</option></select>`)}
      </section>
      ${switchRow('hb-alerts', 'preferences[job_alerts]', `Email me new jobs at ${posting.company}`)}
      <label class="hb-consent"><input type="checkbox" id="hb-privacy" name="consent[privacy]" required> I have read the <a href="#">privacy notice</a> and agree that ${esc(posting.company)} stores my application for 12 months. *</label>
      <p class="hb-error" id="hb-error" hidden>Please complete the required fields.</p>
      <button type="submit" id="hb-submit" class="hb-submit">Submit application</button>
    </form>
    <div id="hb-done" hidden><h2>Thanks, your application is in.</h2></div>
  </main>
  <pre id="model"></pre>`;
  wire(posting);
  render();
}

function wireSuggest(id, path, list, minChars) {
  const input = document.getElementById(id);
  const box = document.getElementById(`${id}-list`);
  const hidden = document.getElementById(`${id}-id`);
  const close = () => { box.hidden = true; input.setAttribute('aria-expanded', 'false'); };
  const choose = (label) => {
    input.value = label;
    hidden.value = label;
    setPath(path, label);
    close();
  };
  const show = () => {
    const typed = input.value.trim().toLowerCase();
    if (typed.length < minChars) { box.innerHTML = ''; close(); return; }
    const hits = list.filter((item) => item.toLowerCase().includes(typed)).slice(0, 8);
    box.innerHTML = hits.length
      ? hits.map((item, i) => `<li role="option" id="${id}-opt-${i}" aria-selected="false">${esc(item)}</li>`).join('')
      : '<li class="hb-none" aria-disabled="true">No matches</li>';
    box.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  input.addEventListener('input', () => {
    if (hidden.value && input.value !== hidden.value) { hidden.value = ''; setPath(path, ''); }
    show();
  });
  input.addEventListener('focus', show);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !box.hidden) {
      event.preventDefault();
      const first = box.querySelector('[role=option]');
      if (first) choose(first.textContent);
    }
    if (event.key === 'Escape') close();
  });
  box.addEventListener('mousedown', (event) => {
    const option = event.target.closest('[role=option]');
    if (option) { event.preventDefault(); choose(option.textContent); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
}

function wireSwitch(id, path) {
  const button = document.getElementById(id);
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-checked') !== 'true';
    button.setAttribute('aria-checked', String(on));
    document.getElementById(`${id}-value`).value = String(on);
    setPath(path, on);
  });
}

function wireSegmented(id, path) {
  const group = document.getElementById(id);
  group.addEventListener('click', (event) => {
    const button = event.target.closest('[role=radio]');
    if (!button) return;
    for (const b of group.querySelectorAll('[role=radio]')) b.setAttribute('aria-checked', String(b === button));
    setPath(path, button.dataset.value);
  });
}

function wireTree(id, path) {
  const trigger = document.getElementById(id);
  const panel = document.getElementById(`${id}-panel`);
  const search = document.getElementById(`${id}-search`);
  const open = (on) => { panel.hidden = !on; trigger.setAttribute('aria-expanded', String(on)); if (on) search.focus(); };
  trigger.addEventListener('click', () => open(panel.hidden));
  panel.addEventListener('click', (event) => {
    const item = event.target.closest('[role=treeitem]');
    if (!item) return;
    if (item.classList.contains('hb-branch')) {
      item.setAttribute('aria-expanded', String(item.getAttribute('aria-expanded') !== 'true'));
      return;
    }
    event.stopPropagation();
    const label = item.querySelector('.hb-node').textContent;
    trigger.querySelector('.hb-tree-value').textContent = label;
    trigger.title = item.dataset.path;
    document.getElementById(`${id}-value`).value = item.dataset.path;
    setPath(path, item.dataset.path);
    open(false);
  });
  search.addEventListener('input', () => {
    const typed = search.value.trim().toLowerCase();
    for (const leaf of panel.querySelectorAll('.hb-leaf')) {
      const hit = !typed || leaf.dataset.path.toLowerCase().includes(typed);
      leaf.hidden = !hit;
    }
    for (const branch of [...panel.querySelectorAll('.hb-branch')].reverse()) {
      const any = [...branch.querySelectorAll('.hb-leaf')].some((leaf) => !leaf.hidden);
      branch.hidden = !any;
      if (typed) branch.setAttribute('aria-expanded', String(any));
    }
  });
}

function wire(posting) {
  const bind = (id, path, event = 'input') => document.getElementById(id).addEventListener(event, (e) => setPath(path, e.target.value));
  bind('hb-first', 'candidate.first_name');
  bind('hb-last', 'candidate.last_name');
  bind('hb-email', 'candidate.email');
  bind('hb-dial', 'candidate.phone_country', 'change');
  bind('hb-phone', 'candidate.phone');
  bind('hb-country', 'candidate.country', 'change');
  bind('hb-employer', 'candidate.employer');
  bind('hb-jobtitle', 'candidate.job_title');
  bind('hb-education', 'candidate.education_level', 'change');
  bind('hb-arrangement', 'preferences.arrangement', 'change');
  bind('hb-salary', 'preferences.salary_amount');
  bind('hb-currency', 'preferences.salary_currency', 'change');
  bind('hb-cover', 'documents.cover_letter');
  bind('hb-pronouns-other', 'candidate.pronouns_other');
  bind('hb-source-other', 'tracking.source_other');
  bind('hb-veteran', 'eeo.veteran', 'change');
  state.preferences.arrangement = posting.arrangements[0];
  wireSuggest('hb-city', 'candidate.city', CITIES, 3);
  wireSuggest('hb-school', 'candidate.school', SCHOOLS, 2);
  wireSwitch('hb-employed', 'candidate.currently_employed');
  wireSwitch('hb-alerts', 'preferences.job_alerts');
  wireSegmented('hb-years', 'candidate.years');
  document.getElementById('hb-relocate').addEventListener('click', (event) => {
    const on = event.currentTarget.getAttribute('aria-pressed') !== 'true';
    event.currentTarget.setAttribute('aria-pressed', String(on));
    setPath('preferences.relocate', on);
  });
  document.getElementById('hb-status').addEventListener('change', () => {
    setPath('eligibility.statuses', [...document.querySelectorAll('#hb-status input:checked')].map((box) => box.value));
  });
  for (const radio of document.querySelectorAll('input[name="eligibility[sponsorship]"]')) radio.addEventListener('change', () => setPath('eligibility.sponsorship', radio.value));
  for (const radio of document.querySelectorAll('input[name="candidate[pronouns]"]')) {
    radio.addEventListener('change', () => {
      document.getElementById('hb-pronouns-other').hidden = radio.value !== 'Other (please specify)';
      setPath('candidate.pronouns', radio.value);
    });
  }
  for (const radio of document.querySelectorAll('input[name="eeo[gender]"]')) radio.addEventListener('change', () => setPath('eeo.gender', radio.value));
  document.getElementById('hb-source').addEventListener('change', (event) => {
    document.getElementById('hb-source-other').hidden = event.target.value !== 'Other (please specify)';
    setPath('tracking.source', event.target.value);
  });
  document.getElementById('hb-resume').addEventListener('change', (event) => setPath('documents.resume', [...event.target.files].map((f) => f.name).join(', ')));
  document.getElementById('hb-privacy').addEventListener('change', (event) => setPath('consent.privacy', event.target.checked));
  for (const q of posting.questions) {
    if (q.type === 'segmented') wireSegmented(q.id, `answers.${q.key}`);
    else if (q.type === 'switch') wireSwitch(q.id, `answers.${q.key}`);
    else if (q.type === 'tree') wireTree(q.id, `answers.${q.key}`);
    else if (q.type === 'cards') for (const radio of document.querySelectorAll(`#${q.id} input`)) radio.addEventListener('change', () => setPath(`answers.${q.key}`, radio.value));
    else document.getElementById(q.id).addEventListener(q.type === 'select' ? 'change' : 'input', (event) => setPath(`answers.${q.key}`, event.target.value));
  }
  document.getElementById('hb-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const missing = !state.candidate.first_name || !state.candidate.last_name || !state.candidate.email || !state.documents.resume || !state.consent.privacy;
    document.getElementById('hb-error').hidden = !missing;
    if (missing) return;
    document.getElementById('hb-form').hidden = true;
    document.getElementById('hb-done').hidden = false;
  });
}

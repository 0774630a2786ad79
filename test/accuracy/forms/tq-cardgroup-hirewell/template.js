/*
 * Hirewell-style hosted application page, written by hand (no UI library): the company's own
 * design system renders every choice as a custom control. Yes/no questions are segmented buttons
 * (aria-pressed) or toggle switches (button role=switch with "No"/"Yes" inside the track),
 * education is a role=radiogroup of div cards, years of experience a stepper (− input +), a
 * self-rating a row of 1–5 buttons, skills a tag input, and "select all that apply" a checkbox
 * group. Country and state are dependent selects: the state list loads only once a country is
 * picked. The resume sits in a drop zone beside "Apply with LinkedIn" and a "Paste your resume
 * instead" toggle; the cover letter slot accepts whatever the client configured. Every posting
 * renders this template with its own questions and ids; the state is in <pre id="model">.
 */

const COUNTRIES = [
  ['AU', 'Australia'], ['BR', 'Brazil'], ['CA', 'Canada'], ['DE', 'Germany'], ['IN', 'India'],
  ['IE', 'Ireland'], ['MX', 'Mexico'], ['GB', 'United Kingdom'], ['UM', 'United States Minor Outlying Islands'],
  ['US', 'United States'],
];
const REGIONS = {
  US: [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['MA', 'Massachusetts'], ['NV', 'Nevada'], ['NY', 'New York'], ['OR', 'Oregon'], ['TX', 'Texas'], ['UT', 'Utah'], ['WA', 'Washington']],
  CA: [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['ON', 'Ontario'], ['QC', 'Quebec']],
  AU: [['NSW', 'New South Wales'], ['QLD', 'Queensland'], ['VIC', 'Victoria']],
};

const h = (tag, attrs = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'className') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
};

export function renderApplication(posting) {
  const state = {
    firstName: '', lastName: '', email: '', phone: '', country: '', region: '', city: '', linkedin: '',
    answers: {}, skills: [], resume: '', resumeText: '', coverLetter: '', attachments: [], consent: false,
  };
  for (const q of posting.questions) state.answers[q.id] = q.type === 'checks' ? [] : q.type === 'switch' ? false : q.type === 'stepper' ? (q.start ?? 0) : null;
  const pre = h('pre', { id: 'model' });
  const sync = () => { pre.textContent = JSON.stringify(state, null, 2); };

  const root = document.getElementById('root');
  document.getElementById('hw-job-title').textContent = posting.title;
  document.getElementById('hw-job-meta').textContent = posting.where;

  const field = (id, label, control, { required, hint } = {}) =>
    h('div', { className: 'hw-field' },
      h('label', { className: 'hw-label', for: id }, label, required ? h('span', { className: 'hw-req', 'aria-hidden': 'true' }, ' *') : null),
      control,
      hint ? h('small', { className: 'hw-hint', id: `${id}-hint` }, hint) : null);
  const text = (id, key, attrs = {}) => {
    const input = h('input', { type: 'text', id, name: id, autocomplete: 'off', ...attrs });
    input.addEventListener('input', () => { state[key] = input.value; sync(); });
    return input;
  };

  // ---- Profile block
  const phone = text('hw-phone', 'phone', { type: 'tel', inputmode: 'tel', placeholder: posting.phonePlaceholder, 'aria-describedby': 'hw-phone-hint' });
  const country = h('select', { id: 'hw-country', name: 'country_code' },
    h('option', { value: '' }, 'Select country'), COUNTRIES.map(([code, name]) => h('option', { value: code }, name)));
  const region = h('select', { id: 'hw-region', name: 'region_code', disabled: true }, h('option', { value: '' }, 'Select a country first'));
  country.addEventListener('change', () => {
    state.country = country.value; state.region = ''; sync();
    region.replaceChildren(h('option', { value: '' }, 'Loading…'));
    region.disabled = true;
    const code = country.value;
    setTimeout(() => {
      if (country.value !== code) return;
      const list = REGIONS[code];
      if (!code) region.replaceChildren(h('option', { value: '' }, 'Select a country first'));
      else if (!list) region.replaceChildren(h('option', { value: 'NA' }, 'Not applicable'));
      else region.replaceChildren(h('option', { value: '' }, 'Select state / province'), ...list.map(([c, n]) => h('option', { value: c }, n)));
      region.disabled = !code;
      state.region = region.value === 'NA' ? 'NA' : ''; sync();
    }, 350);
  });
  region.addEventListener('change', () => { state.region = region.value; sync(); });

  const profile = h('section', {},
    h('h2', {}, 'Your details'),
    h('div', { className: 'hw-grid' },
      field('hw-first', 'First name', text('hw-first', 'firstName', { autocomplete: 'given-name' }), { required: true }),
      field('hw-last', 'Last name', text('hw-last', 'lastName', { autocomplete: 'family-name' }), { required: true }),
      field('hw-email', 'Email', text('hw-email', 'email', { type: 'email' }), { required: true }),
      h('div', { className: 'hw-field' },
        h('label', { className: 'hw-label', for: 'hw-phone' }, 'Mobile number', h('span', { className: 'hw-req' }, ' *')),
        h('div', { className: 'hw-addon' }, h('span', { className: 'hw-addon-text', 'aria-hidden': 'true' }, '🇺🇸 +1'), phone),
        h('small', { className: 'hw-hint', id: 'hw-phone-hint' }, 'US numbers only. We text interview reminders.')),
      field('hw-country', 'Country of residence', country, { required: true }),
      field('hw-region', 'State / Province', region, { required: true }),
      field('hw-city', 'City', text('hw-city', 'city'), { required: true }),
      field('hw-linkedin', 'LinkedIn URL', text('hw-linkedin', 'linkedin', { type: 'url', placeholder: 'https://linkedin.com/in/…' }))));

  // ---- Documents
  const resumeInput = h('input', { type: 'file', id: 'hw-resume', name: 'resume', accept: posting.resumeAccept, className: 'hw-visually-hidden', 'aria-describedby': 'hw-resume-hint' });
  const resumeName = h('span', { className: 'hw-filename' }, '');
  const resumeErr = h('span', { className: 'hw-error', role: 'alert' });
  const acceptOk = (file, accept) => accept.split(',').some((ext) => file.name.toLowerCase().endsWith(ext.trim()));
  resumeInput.addEventListener('change', () => {
    const f = resumeInput.files[0];
    state.resume = f ? f.name : '';
    resumeName.textContent = f ? `📄 ${f.name}` : '';
    resumeErr.textContent = f && !acceptOk(f, posting.resumeAccept) ? `This file type is not accepted (${posting.resumeAccept}).` : '';
    sync();
  });
  const pasteBox = h('textarea', { id: 'hw-resume-text', name: 'resume_text', rows: 8, placeholder: 'Paste the text of your resume' });
  pasteBox.addEventListener('input', () => { state.resumeText = pasteBox.value; sync(); });
  const pasteWrap = h('div', { className: 'hw-field', hidden: true }, h('label', { for: 'hw-resume-text', className: 'hw-label' }, 'Resume text'), pasteBox);
  const pasteToggle = h('button', { type: 'button', className: 'hw-link', id: 'hw-paste-toggle', 'aria-expanded': 'false', onclick: () => {
    const open = pasteWrap.hidden; pasteWrap.hidden = !open; pasteToggle.setAttribute('aria-expanded', String(open));
    pasteToggle.textContent = open ? 'Upload a file instead' : 'Paste your resume instead';
  } }, 'Paste your resume instead');
  const zone = h('label', { className: 'hw-zone', for: 'hw-resume' },
    h('strong', {}, 'Drag and drop'), ' or ', h('span', { className: 'hw-link' }, 'choose a file'), h('br'), resumeName);
  ['dragover', 'dragenter'].forEach((ev) => zone.addEventListener(ev, (e) => { e.preventDefault(); zone.classList.add('is-over'); }));
  zone.addEventListener('dragleave', () => zone.classList.remove('is-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault(); zone.classList.remove('is-over');
    const dt = new DataTransfer(); if (e.dataTransfer.files[0]) dt.items.add(e.dataTransfer.files[0]);
    resumeInput.files = dt.files; resumeInput.dispatchEvent(new Event('change', { bubbles: true }));
  });

  const cover = h('input', { type: 'file', id: 'hw-cover', name: 'cover_letter', accept: posting.coverAccept, 'aria-describedby': 'hw-cover-hint' });
  const coverErr = h('span', { className: 'hw-error', role: 'alert' });
  cover.addEventListener('change', () => {
    const f = cover.files[0]; state.coverLetter = f ? f.name : '';
    coverErr.textContent = f && !acceptOk(f, posting.coverAccept) ? `Please upload ${posting.coverAcceptText}.` : '';
    sync();
  });
  const others = h('input', { type: 'file', id: 'hw-other', name: 'other_attachments[]', multiple: true });
  others.addEventListener('change', () => { state.attachments = Array.from(others.files).map((f) => f.name); sync(); });

  const docs = h('section', {},
    h('h2', {}, 'Resume & documents'),
    h('div', { className: 'hw-field' },
      h('span', { className: 'hw-label', id: 'hw-resume-label' }, 'Resume', h('span', { className: 'hw-req' }, ' *')),
      h('div', { className: 'hw-resume-row' }, zone, h('div', { className: 'hw-or' }, 'or'),
        h('button', { type: 'button', className: 'hw-linkedin-btn', onclick: () => alert('LinkedIn sign-in is not available in this preview.') }, 'in', ' Apply with LinkedIn')),
      resumeInput,
      h('small', { className: 'hw-hint', id: 'hw-resume-hint' }, posting.resumeHint), resumeErr,
      pasteToggle),
    pasteWrap,
    h('div', { className: 'hw-field' },
      h('label', { className: 'hw-label', for: 'hw-cover' }, 'Cover letter'), cover,
      h('small', { className: 'hw-hint', id: 'hw-cover-hint' }, posting.coverHint), coverErr),
    h('div', { className: 'hw-field' },
      h('label', { className: 'hw-label', for: 'hw-other' }, 'Other attachments'), others,
      h('small', { className: 'hw-hint' }, 'Portfolio pieces, certificates, references — up to 5 files.')));

  // ---- Questions
  const qs = posting.questions.map((q) => {
    const qid = `q_${q.id}`;
    const set = (v) => { state.answers[q.id] = v; sync(); };
    const titleId = `${qid}-title`;
    const title = (tag = 'span') => h(tag, { className: 'hw-label', id: titleId }, q.label, q.required ? h('span', { className: 'hw-req', 'aria-hidden': 'true' }, ' *') : null);
    const hint = q.hint ? h('small', { className: 'hw-hint', id: `${qid}-hint` }, q.hint) : null;
    if (q.type === 'segmented') {
      const buttons = q.options.map(([value, label]) => h('button', { type: 'button', className: 'hw-seg', 'aria-pressed': 'false', 'data-value': value, onclick: () => {
        buttons.forEach((b) => b.setAttribute('aria-pressed', String(b === btnOf(value)))); set(value);
      } }, label));
      const btnOf = (value) => buttons.find((b) => b.dataset.value === value);
      return h('div', { className: 'hw-field' }, title(), h('div', { className: 'hw-segmented', role: 'group', 'aria-labelledby': titleId, 'data-q': qid }, buttons), hint);
    }
    if (q.type === 'switch') {
      const sw = h('button', { type: 'button', role: 'switch', id: qid, className: 'hw-switch', 'aria-checked': 'false', 'aria-labelledby': titleId },
        h('span', { className: 'hw-switch-off' }, 'No'));
      sw.addEventListener('click', () => {
        const on = sw.getAttribute('aria-checked') !== 'true';
        sw.setAttribute('aria-checked', String(on));
        sw.replaceChildren(h('span', { className: on ? 'hw-switch-on' : 'hw-switch-off' }, on ? 'Yes' : 'No'));
        set(on);
      });
      return h('div', { className: 'hw-field hw-switch-row' }, sw, title(), hint);
    }
    if (q.type === 'cards') {
      const cards = q.options.map(([value, label, desc]) => {
        const card = h('div', { role: 'radio', className: 'hw-card', tabindex: '-1', 'aria-checked': 'false', 'data-value': value },
          h('span', { className: 'hw-card-title' }, label), desc ? h('span', { className: 'hw-card-desc' }, desc) : null);
        card.addEventListener('click', () => choose(card));
        card.addEventListener('keydown', (e) => { if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); choose(card); } });
        return card;
      });
      cards[0].tabIndex = 0;
      const choose = (card) => { cards.forEach((c) => { c.setAttribute('aria-checked', String(c === card)); c.tabIndex = c === card ? 0 : -1; }); set(card.dataset.value); };
      return h('div', { className: 'hw-field' }, title(), h('div', { role: 'radiogroup', className: 'hw-cards', 'aria-labelledby': titleId, 'data-q': qid }, cards), hint);
    }
    if (q.type === 'stepper') {
      const input = h('input', { type: 'text', inputmode: 'numeric', role: 'spinbutton', id: qid, name: qid, value: String(q.start ?? 0), 'aria-valuemin': '0', 'aria-valuemax': String(q.max), 'aria-valuenow': String(q.start ?? 0), 'aria-labelledby': titleId, className: 'hw-step-input' });
      const clamp = (n) => Math.max(0, Math.min(q.max, n));
      const put = (n) => { input.value = String(n); input.setAttribute('aria-valuenow', String(n)); set(n); };
      input.addEventListener('input', () => { const n = parseInt(input.value.replace(/\D/g, ''), 10); set(Number.isNaN(n) ? null : clamp(n)); input.setAttribute('aria-valuenow', input.value); });
      input.addEventListener('blur', () => { const n = parseInt(input.value, 10); put(Number.isNaN(n) ? 0 : clamp(n)); });
      const cur = () => parseInt(input.value, 10) || 0;
      return h('div', { className: 'hw-field' }, title(),
        h('div', { className: 'hw-stepper' },
          h('button', { type: 'button', 'aria-label': 'Decrease', tabindex: '-1', onclick: () => put(clamp(cur() - 1)) }, '−'), input,
          h('button', { type: 'button', 'aria-label': 'Increase', tabindex: '-1', onclick: () => put(clamp(cur() + 1)) }, '+'),
          q.unit ? h('span', { className: 'hw-unit' }, q.unit) : null), hint);
    }
    if (q.type === 'rating') {
      const buttons = [1, 2, 3, 4, 5].map((n) => h('button', { type: 'button', role: 'radio', 'aria-checked': 'false', 'aria-label': `${n} – ${q.scale[n - 1]}`, className: 'hw-rate', onclick: () => {
        buttons.forEach((b, i) => b.setAttribute('aria-checked', String(i === n - 1))); set(n);
      } }, String(n)));
      return h('div', { className: 'hw-field' }, title(), h('div', { role: 'radiogroup', 'aria-labelledby': titleId, className: 'hw-rating', 'data-q': qid }, buttons),
        h('div', { className: 'hw-scale' }, h('span', {}, q.scale[0]), h('span', {}, q.scale[4])));
    }
    if (q.type === 'checks') {
      return h('fieldset', { className: 'hw-field hw-checks', 'data-q': qid }, h('legend', { className: 'hw-label' }, q.label), hint,
        q.options.map(([value, label], i) => {
          const box = h('input', { type: 'checkbox', id: `${qid}_${i}`, name: `${qid}[]`, value });
          box.addEventListener('change', () => { const cur = state.answers[q.id].filter((v) => v !== value); if (box.checked) cur.push(value); set(cur); });
          return h('div', { className: 'hw-check' }, box, h('label', { for: `${qid}_${i}` }, label));
        }));
    }
    if (q.type === 'select') {
      const sel = h('select', { id: qid, name: qid, 'aria-labelledby': titleId }, h('option', { value: '' }, 'Choose one…'), q.options.map(([v, l]) => h('option', { value: v }, l)));
      sel.addEventListener('change', () => set(sel.value || null));
      return h('div', { className: 'hw-field' }, title(), sel, hint);
    }
    if (q.type === 'money') {
      const input = h('input', { type: 'text', inputmode: 'numeric', id: qid, name: qid, 'aria-labelledby': titleId, placeholder: q.placeholder });
      input.addEventListener('input', () => set(input.value || null));
      return h('div', { className: 'hw-field' }, title(), h('div', { className: 'hw-addon' }, h('span', { className: 'hw-addon-text' }, '$'), input, h('span', { className: 'hw-addon-text' }, q.suffix)), hint);
    }
    if (q.type === 'tags') {
      const chips = h('span', { className: 'hw-chips' });
      const input = h('input', { type: 'text', id: qid, name: `${qid}_entry`, 'aria-labelledby': titleId, placeholder: q.placeholder, autocomplete: 'off' });
      const draw = () => chips.replaceChildren(...state.skills.map((s) => h('span', { className: 'hw-chip' }, s, h('button', { type: 'button', 'aria-label': `Remove ${s}`, onclick: () => { state.skills = state.skills.filter((x) => x !== s); draw(); sync(); } }, '×'))));
      input.addEventListener('keydown', (e) => {
        if ((e.key === 'Enter' || e.key === ',') && input.value.trim()) { e.preventDefault(); state.skills = [...state.skills, input.value.trim()]; input.value = ''; draw(); sync(); }
      });
      return h('div', { className: 'hw-field' }, title(), h('div', { className: 'hw-tags' }, chips, input), hint);
    }
    const input = h(q.type === 'textarea' ? 'textarea' : 'input', { id: qid, name: qid, 'aria-labelledby': titleId, ...(q.type === 'textarea' ? { rows: 4 } : { type: 'text' }) });
    input.addEventListener('input', () => set(input.value || null));
    return h('div', { className: 'hw-field' }, title(), input, hint);
  });

  const consent = h('input', { type: 'checkbox', id: 'hw-consent', name: 'privacy_consent' });
  consent.addEventListener('change', () => { state.consent = consent.checked; sync(); });
  const error = h('p', { className: 'hw-error', id: 'hw-form-error', role: 'alert' });
  const done = h('div', { id: 'hw-done', hidden: true, className: 'hw-done' }, h('h2', {}, 'Thanks — your application is in.'), h('p', {}, 'We read every application and reply within two weeks.'));
  const form = h('form', { id: 'hw-form', novalidate: true, action: '#' },
    profile, docs, h('section', {}, h('h2', {}, 'A few questions'), qs),
    h('div', { className: 'hw-check hw-consent' }, consent, h('label', { for: 'hw-consent' }, `I have read the ${posting.company} applicant privacy notice and agree to the processing of my data.`, h('span', { className: 'hw-req' }, ' *'))),
    error, h('button', { type: 'submit', id: 'hw-submit' }, 'Submit application'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const missing = [];
    if (!state.firstName || !state.lastName || !state.email || !state.phone) missing.push('contact details');
    if (!state.country || !state.region || !state.city) missing.push('location');
    if (!state.resume && !state.resumeText) missing.push('resume');
    if (resumeErr.textContent || coverErr.textContent) missing.push('a file of an accepted type');
    for (const q of posting.questions) if (q.required && (state.answers[q.id] === null || state.answers[q.id] === '')) missing.push(q.label);
    if (!state.consent) missing.push('privacy consent');
    if (missing.length) { error.textContent = `Please complete: ${missing.join('; ')}.`; return; }
    error.textContent = ''; form.hidden = true; done.hidden = false;
  });
  root.append(form, done, pre);
  sync();
}

/*
 * Corvane's candidate home (a Workday-style tenant, hand-written): a 6-step apply flow rendered in
 * place. Every step is built from the saved answers each time it is shown (going Back and Forward
 * renders fresh elements with new generated ids). Dropdowns are buttons that open a listbox at the
 * end of <body>; "Add Another" appends a work-experience or education block; skills are a prompt
 * that turns typed text into pills; follow-up questions sit in hidden rows that show once the
 * answer that asks for them is picked. Step 6 lists the answers. The posting (window.CORVANE_POSTING)
 * brings its job, its own questions and which optional fields its tenant turned on.
 */
(() => {
  const P = window.CORVANE_POSTING;
  const COUNTRIES = ['Canada', 'Mexico', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America', 'Virgin Islands, U.S.', 'Germany', 'India'];
  const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Illinois', 'Nevada', 'New York', 'Oregon', 'Texas', 'Washington'];
  const PHONE_CODES = ['Canada (+1)', 'United Kingdom (+44)', 'United States of America (+1)', 'Mexico (+52)', 'India (+91)'];
  const DEVICE = ['Home', 'Mobile', 'Work'];
  const SOURCES = ['Company Website', 'Employee Referral', 'Indeed', 'LinkedIn', 'Glassdoor', 'Job Fair', 'Other'];
  const DEGREES = ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate', 'Other'];
  const YESNO = ['Yes', 'No'];
  const GENDER = ['Female', 'Male', 'I do not wish to self-identify'];
  const HISPANIC = ['Yes', 'No', 'I do not wish to self-identify'];
  const RACE = ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'I do not wish to self-identify'];
  const VETERAN = ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify'];
  const DISABILITY = ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability and have not had one in the past', 'I do not want to answer'];
  const STEPS = ['My Information', 'My Experience', 'Application Questions', 'Voluntary Disclosures', 'Self Identify', 'Review'];

  const blankJob = () => ({ jobTitle: '', company: '', location: '', currentlyWorkHere: false, from: '', to: '', description: '' });
  const blankSchool = () => ({ school: '', degree: '', fieldOfStudy: '', gpa: '', from: '', to: '' });
  const state = {
    source: '', previousWorker: '', country: P.presetCountry || '', firstName: '', middleName: '', lastName: '', preferredName: false,
    address1: '', address2: '', city: '', state: '', postalCode: '', email: '', phoneDevice: '', phoneCode: 'United States of America (+1)',
    phone: '', extension: '',
    workExperience: [blankJob()], education: [blankSchool()], skills: [], resume: [], linkedin: '', websites: [''],
    questions: Object.fromEntries(P.questions.map((q) => [q.key, ''])),
    followUps: Object.fromEntries(P.questions.filter((q) => q.followUp).map((q) => [q.followUp.key, ''])),
    gender: '', hispanic: '', race: '', veteran: '', terms: false,
    sdName: '', sdDate: new Date().toLocaleDateString('en-US', { month: '2-digit', day: '2-digit', year: 'numeric' }), disability: '',
  };
  if (P.askPreferredWorkLocation) state.workLocation = '';

  const host = document.getElementById('wd-page');
  const model = document.getElementById('model');
  const progress = document.getElementById('wd-progress');
  let step = 0;
  let seq = 100 + Math.floor(Math.random() * 800);
  const uid = (p) => `${p}--${(seq++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  const showModel = () => { model.textContent = JSON.stringify(state, null, 2); };
  const get = (path) => path.split('.').reduce((n, k) => (n == null ? undefined : n[k]), state);
  const set = (path, value) => {
    const keys = path.split('.');
    const last = keys.pop();
    keys.reduce((n, k) => n[k], state)[last] = value;
    showModel();
  };

  function h(tag, attrs = {}, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v == null) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const kid of kids.flat()) if (kid != null && kid !== false) el.append(kid);
    return el;
  }

  const req = (required) => (required ? h('abbr', { class: 'wd-req', title: 'required' }, '*') : null);

  function fieldRow(label, control, opts = {}) {
    const id = control.id || control.querySelector('input,textarea,button')?.id;
    return h('div', { class: 'wd-field', 'data-automation-id': opts.aid ? `formField-${opts.aid}` : null, hidden: opts.hidden || false },
      h('label', { for: id, class: 'wd-label' }, label, req(opts.required)),
      h('div', { class: 'wd-control' }, control, opts.hint ? h('div', { class: 'wd-hint' }, opts.hint) : null));
  }

  function textInput(path, aid, extra = {}) {
    return h('input', { type: extra.type || 'text', id: uid('input'), 'data-automation-id': aid, value: get(path) ?? '', placeholder: extra.placeholder,
      'aria-required': extra.required ? 'true' : null, maxlength: extra.maxlength, oninput: (e) => set(path, e.target.value) });
  }

  function textArea(path, aid) {
    const t = h('textarea', { id: uid('textarea'), 'data-automation-id': aid, rows: 3, oninput: (e) => set(path, e.target.value) });
    t.value = get(path) ?? '';
    return t;
  }

  // Workday-style dropdown: a button showing the choice, a listbox appended to <body> when open.
  let openList = null;
  function closeList() { if (openList) { openList.remove(); openList = null; } }
  // A click anywhere else (or focus moving to another field) closes the open list.
  const outside = (e) => {
    if (!openList || openList.contains(e.target) || e.target.id === openList.dataset.owner) return;
    document.getElementById(openList.dataset.owner)?.setAttribute('aria-expanded', 'false');
    closeList();
  };
  document.addEventListener('mousedown', outside, true);
  document.addEventListener('click', outside, true);
  document.addEventListener('focusin', outside, true);
  function dropdown(path, aid, options, onPick) {
    const btn = h('button', { type: 'button', id: uid('dropDownSelectList'), class: 'wd-dropdown', 'data-automation-id': aid, 'aria-haspopup': 'listbox', 'aria-expanded': 'false' });
    btn.textContent = get(path) || 'Select One';
    btn.addEventListener('click', () => {
      closeList();
      for (const other of document.querySelectorAll('[aria-haspopup=listbox][aria-expanded=true]')) other.setAttribute('aria-expanded', 'false');
      const r = btn.getBoundingClientRect();
      const list = h('ul', { role: 'listbox', class: 'wd-listbox', 'data-automation-id': 'selectWidget-list', style: `left:${r.left + scrollX}px;top:${r.bottom + scrollY}px;width:${r.width}px` },
        ['Select One', ...options].map((o) => h('li', { role: 'option', 'aria-selected': String(get(path) === o || (!get(path) && o === 'Select One')), 'data-automation-label': o,
          onclick: () => {
            const v = o === 'Select One' ? '' : o;
            const changed = get(path) !== v;
            set(path, v);
            btn.textContent = o;
            btn.setAttribute('aria-expanded', 'false');
            closeList();
            btn.focus();
            if (onPick && changed) onPick(v);
          } }, o)));
      list.dataset.owner = btn.id;
      document.body.append(list);
      openList = list;
      btn.setAttribute('aria-expanded', 'true');
    });
    return btn;
  }

  function radios(path, name, options, aid, onPick) {
    return h('div', { role: 'radiogroup', class: 'wd-radios', 'data-automation-id': aid },
      options.map((o) => {
        const id = uid('radio');
        return h('span', { class: 'wd-radio' },
          h('input', { type: 'radio', id, name, value: o, checked: get(path) === o, onchange: () => { set(path, o); if (onPick) onPick(o); } }),
          h('label', { for: id }, o));
      }));
  }

  function checkbox(path, aid, text) {
    const id = uid('checkbox');
    return h('span', { class: 'wd-check' },
      h('input', { type: 'checkbox', id, 'data-automation-id': aid, checked: !!get(path), onchange: (e) => set(path, e.target.checked) }),
      h('label', { for: id }, text));
  }

  const section = (title, ...kids) => h('section', { class: 'wd-section' }, h('h3', {}, title), ...kids);

  // ---- steps ----
  function myInformation() {
    const stateRow = fieldRow('State', dropdown('state', 'addressSection_countryRegion', STATES), { required: true });
    return [
      fieldRow('How Did You Hear About Us?', dropdown('source', 'sourceDropdown', SOURCES), { required: true }),
      fieldRow(`Have you previously been employed by ${P.company} or any of its subsidiaries?`, radios('previousWorker', 'previousWorker', YESNO, 'previousWorker'), { required: true }),
      section('Country', fieldRow('Country', dropdown('country', 'countryDropdown', COUNTRIES, () => { render(); }), { required: true })),
      section('Legal Name',
        fieldRow('First Name', textInput('firstName', 'legalNameSection_firstName'), { required: true }),
        P.askMiddleName ? fieldRow('Middle Name', textInput('middleName', 'legalNameSection_middleName')) : null,
        fieldRow('Last Name', textInput('lastName', 'legalNameSection_lastName'), { required: true }),
        checkbox('preferredName', 'preferredNameCheckbox', 'I have a preferred name')),
      section('Address',
        fieldRow('Address Line 1', textInput('address1', 'addressSection_addressLine1'), { required: true }),
        fieldRow('Address Line 2', textInput('address2', 'addressSection_addressLine2')),
        fieldRow('City', textInput('city', 'addressSection_city'), { required: true }),
        state.country === 'Canada' ? null : stateRow,
        fieldRow('Postal Code', textInput('postalCode', 'addressSection_postalCode'), { required: true })),
      section('Email Address', fieldRow('Email Address', textInput('email', 'email', { type: 'email' }), { required: true })),
      section('Phone',
        fieldRow('Phone Device Type', dropdown('phoneDevice', 'phone-device-type', DEVICE), { required: true }),
        fieldRow('Country Phone Code', dropdown('phoneCode', 'country-phone-code', PHONE_CODES), { required: true }),
        fieldRow('Phone Number', textInput('phone', 'phone-number', { type: 'tel' }), { required: true }),
        fieldRow('Phone Extension', textInput('extension', 'phone-extension'))),
    ];
  }

  function jobBlock(i) {
    const j = `workExperience.${i}`;
    const heading = i === 0 && P.firstJobIsCurrent ? 'Current or Most Recent Position' : `Work Experience ${i + 1}`;
    const to = fieldRow('To', textInput(`${j}.to`, 'dateSectionTo', { placeholder: 'MM/YYYY' }), { hidden: state.workExperience[i].currentlyWorkHere });
    return h('div', { class: 'wd-block', 'data-automation-id': `workExperience-${i + 1}`, role: 'group', 'aria-labelledby': `wx-h-${i}` },
      h('h4', { id: `wx-h-${i}` }, heading),
      state.workExperience.length > 1 ? h('button', { type: 'button', class: 'wd-link', onclick: () => { state.workExperience.splice(i, 1); render(); } }, 'Delete') : null,
      fieldRow('Job Title', textInput(`${j}.jobTitle`, 'jobTitle'), { required: true }),
      fieldRow('Company', textInput(`${j}.company`, 'company'), { required: true }),
      fieldRow('Location', textInput(`${j}.location`, 'location')),
      h('span', { class: 'wd-check' },
        h('input', { type: 'checkbox', id: `cw-${i}-${seq++}`, 'data-automation-id': 'currentlyWorkHere', checked: state.workExperience[i].currentlyWorkHere,
          onchange: (e) => { set(`${j}.currentlyWorkHere`, e.target.checked); to.hidden = e.target.checked; } }),
        h('label', { for: `cw-${i}-${seq - 1}` }, 'I currently work here')),
      fieldRow('From', textInput(`${j}.from`, 'dateSectionFrom', { placeholder: 'MM/YYYY' }), { required: true }),
      to,
      fieldRow('Role Description', textArea(`${j}.description`, 'description')));
  }

  function schoolBlock(i) {
    const s = `education.${i}`;
    return h('div', { class: 'wd-block', 'data-automation-id': `education-${i + 1}`, role: 'group', 'aria-labelledby': `ed-h-${i}` },
      h('h4', { id: `ed-h-${i}` }, `Education ${i + 1}`),
      fieldRow('School or University', textInput(`${s}.school`, 'school'), { required: true }),
      fieldRow('Degree', dropdown(`${s}.degree`, 'degree', DEGREES), { required: true }),
      fieldRow('Field of Study', textInput(`${s}.fieldOfStudy`, 'field-of-study')),
      fieldRow('Overall Result (GPA)', textInput(`${s}.gpa`, 'gpa')),
      fieldRow('From', textInput(`${s}.from`, 'dateSectionFrom-edu', { placeholder: 'YYYY' })),
      fieldRow('To (Actual or Expected)', textInput(`${s}.to`, 'dateSectionTo-edu', { placeholder: 'YYYY' })));
  }

  function skillsPrompt() {
    const input = h('input', { type: 'text', id: uid('skills'), 'data-automation-id': 'searchBox', placeholder: 'Type to Add Skills', autocomplete: 'off' });
    const pills = h('ul', { class: 'wd-pills', 'data-automation-id': 'selectedItemList' },
      state.skills.map((sk, i) => h('li', { 'data-automation-id': 'selectedItem' }, sk,
        h('button', { type: 'button', 'aria-label': `Remove ${sk}`, onclick: () => { state.skills.splice(i, 1); showModel(); render(); } }, '×'))));
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && input.value.trim()) {
        e.preventDefault();
        state.skills.push(input.value.trim());
        showModel();
        render();
      }
    });
    const wrap = h('div', { class: 'wd-prompt', 'data-automation-id': 'multiSelectContainer' }, pills, input);
    return h('div', { class: 'wd-field' }, h('label', { for: input.id, class: 'wd-label' }, 'Type to Add Skills'), h('div', { class: 'wd-control' }, wrap));
  }

  function myExperience() {
    const fileInput = h('input', { type: 'file', id: uid('file-upload-input-ref'), 'data-automation-id': 'file-upload-input-ref', accept: '.pdf,.doc,.docx,.rtf,.txt', class: 'wd-file-input',
      onchange: (e) => { set('resume', [...e.target.files].map((f) => f.name)); chip.textContent = state.resume.length ? `${state.resume.join(', ')} — Successfully Uploaded!` : ''; } });
    const chip = h('div', { class: 'wd-file-chip', 'data-automation-id': 'file-upload-successful' }, state.resume.length ? `${state.resume.join(', ')} — Successfully Uploaded!` : '');
    return [
      section('Work Experience',
        state.workExperience.map((_, i) => jobBlock(i)),
        h('button', { type: 'button', class: 'wd-add', 'data-automation-id': 'add-button', onclick: () => { state.workExperience.push(blankJob()); showModel(); render(); } }, 'Add Another')),
      section('Education',
        state.education.map((_, i) => schoolBlock(i)),
        h('button', { type: 'button', class: 'wd-add', 'data-automation-id': 'add-button', onclick: () => { state.education.push(blankSchool()); showModel(); render(); } }, 'Add Another')),
      section('Skills', skillsPrompt()),
      section('Resume/CV',
        h('div', { class: 'wd-drop', 'data-automation-id': 'file-upload-drop-zone' },
          h('p', {}, 'Drop file here'), h('label', { for: fileInput.id, class: 'wd-select-files' }, 'Select files'), fileInput, chip)),
      section('Websites',
        state.websites.map((_, i) => fieldRow('URL', textInput(`websites.${i}`, 'website'), {})),
        h('button', { type: 'button', class: 'wd-add', onclick: () => { state.websites.push(''); showModel(); render(); } }, 'Add Another')),
      section('Social Network URLs',
        fieldRow('LinkedIn', textInput('linkedin', 'linkedinQuestion'))),
    ];
  }

  function questionControl(q) {
    const path = `questions.${q.key}`;
    const reveal = (v) => {
      const row = host.querySelector(`[data-follow-up="${q.key}"]`);
      if (row) row.hidden = !(q.followUp && q.followUp.when === v);
    };
    if (q.kind === 'dropdown') return dropdown(path, `primaryQuestionnaire-${q.key}`, q.options, reveal);
    if (q.kind === 'radio') return radios(path, `q-${q.key}`, q.options, `primaryQuestionnaire-${q.key}`, reveal);
    if (q.kind === 'textarea') return textArea(path, `primaryQuestionnaire-${q.key}`);
    return textInput(path, `primaryQuestionnaire-${q.key}`, { placeholder: q.placeholder });
  }

  function applicationQuestions() {
    const rows = [];
    for (const q of P.questions) {
      const control = questionControl(q);
      rows.push(h('div', { class: 'wd-question', 'data-automation-id': `questionItem-${q.key}` },
        h('p', { class: 'wd-qtext', id: `qt-${q.key}` }, q.label, req(q.required)),
        (() => { control.setAttribute('aria-labelledby', `qt-${q.key}`); return control; })(),
        q.hint ? h('div', { class: 'wd-hint' }, q.hint) : null));
      if (q.followUp) {
        const f = q.followUp;
        const fpath = `followUps.${f.key}`;
        const fc = f.kind === 'dropdown' ? dropdown(fpath, `secondaryQuestionnaire-${f.key}`, f.options)
          : f.kind === 'textarea' ? textArea(fpath, `secondaryQuestionnaire-${f.key}`) : textInput(fpath, `secondaryQuestionnaire-${f.key}`);
        fc.setAttribute('aria-labelledby', `qt-${f.key}`);
        rows.push(h('div', { class: 'wd-question wd-followup', 'data-follow-up': q.key, hidden: state.questions[q.key] !== f.when },
          h('p', { class: 'wd-qtext', id: `qt-${f.key}` }, f.label, req(f.required)), fc));
      }
    }
    return [section('Application Questions', h('p', { class: 'wd-note' }, 'Please answer the following questions about this position.'), rows)];
  }

  function voluntaryDisclosures() {
    return [
      section('Voluntary Disclosures',
        h('p', { class: 'wd-note' }, `${P.company} is an equal opportunity employer. Providing this information is voluntary and will not be used in hiring decisions.`),
        fieldRow('Gender', dropdown('gender', 'gender', GENDER)),
        fieldRow('Are you Hispanic or Latino?', dropdown('hispanic', 'hispanicOrLatino', HISPANIC)),
        fieldRow('Please select the ethnicity which most accurately describes how you identify yourself', dropdown('race', 'ethnicityDropdown', RACE)),
        fieldRow('Veteran Status', dropdown('veteran', 'veteranStatus', VETERAN)),
        h('div', { class: 'wd-terms' },
          h('p', {}, 'Terms and Conditions: I certify that the information provided is true and complete to the best of my knowledge.'),
          checkbox('terms', 'agreementCheckbox', 'Yes, I have read and consent to the terms and conditions'), req(true))),
    ];
  }

  function selfIdentify() {
    return [
      section('Voluntary Self-Identification of Disability',
        h('p', { class: 'wd-note' }, 'Form CC-305. We are a federal contractor or subcontractor. Completing this form is voluntary.'),
        fieldRow('Name', textInput('sdName', 'name'), { required: true }),
        fieldRow('Date', (() => { const d = textInput('sdDate', 'dateSectionMonth-input'); d.readOnly = true; return d; })()),
        h('fieldset', { class: 'wd-fieldset' }, h('legend', {}, 'Please check one of the boxes below:', req(true)), radios('disability', 'disabilityStatus', DISABILITY, 'disabilityStatus'))),
    ];
  }

  function review() {
    const row = (k, v) => h('div', { class: 'wd-review-row' }, h('dt', {}, k), h('dd', {}, v || '—'));
    const dl = (title, pairs) => section(title, h('dl', {}, pairs.map(([k, v]) => row(k, v))));
    return [
      dl('My Information', [['Country', state.country], ['Legal Name', `${state.firstName} ${state.middleName} ${state.lastName}`.replace(/\s+/g, ' ')], ['Address', [state.address1, state.city, state.state, state.postalCode].filter(Boolean).join(', ')],
        ['Email Address', state.email], ['Phone', `${state.phoneCode} ${state.phone}`]]),
      dl('My Experience', [...state.workExperience.map((w, i) => [`Work Experience ${i + 1}`, [w.jobTitle, w.company].filter(Boolean).join(' at ')]),
        ...state.education.map((e, i) => [`Education ${i + 1}`, [e.degree, e.school].filter(Boolean).join(', ')]), ['Skills', state.skills.join(', ')], ['Resume/CV', state.resume.join(', ')], ['LinkedIn', state.linkedin]]),
      dl('Application Questions', P.questions.map((q) => [q.label, state.questions[q.key]])),
      dl('Voluntary Disclosures', [['Gender', state.gender], ['Veteran Status', state.veteran]]),
    ];
  }

  const BUILDERS = [myInformation, myExperience, applicationQuestions, voluntaryDisclosures, selfIdentify, review];

  function render() {
    closeList();
    host.replaceChildren(h('h2', { 'data-automation-id': 'pageHeader' }, STEPS[step]), ...BUILDERS[step]().flat());
    progress.replaceChildren(...STEPS.map((s, i) => h('li', { class: i === step ? 'current' : i < step ? 'done' : '', 'aria-current': i === step ? 'step' : null }, s)));
    document.getElementById('wd-back').hidden = step === 0;
    document.getElementById('wd-next').hidden = step === STEPS.length - 1;
    document.getElementById('wd-submit').hidden = step !== STEPS.length - 1;
    showModel();
  }

  function missing() {
    const m = [];
    if (step === 0) {
      for (const k of ['source', 'previousWorker', 'country', 'firstName', 'lastName', 'address1', 'city', 'postalCode', 'email', 'phoneDevice', 'phoneCode', 'phone']) if (!state[k]) m.push(k);
      if (state.country !== 'Canada' && !state.state) m.push('state');
    }
    if (step === 2) {
      for (const q of P.questions) {
        if (q.required && !state.questions[q.key]) m.push(q.key);
        if (q.followUp && q.followUp.required && state.questions[q.key] === q.followUp.when && !state.followUps[q.followUp.key]) m.push(q.followUp.key);
      }
    }
    if (step === 3 && !state.terms) m.push('terms');
    if (step === 4 && (!state.sdName || !state.sdDate || !state.disability)) m.push('self-identify');
    return m;
  }

  function go(delta) {
    const errors = delta > 0 ? missing() : [];
    const box = document.getElementById('wd-errors');
    if (errors.length) {
      box.hidden = false;
      box.textContent = `Errors Found: ${errors.length} required field(s) need an answer.`;
      box.dataset.fields = errors.join(',');
      return;
    }
    box.hidden = true;
    step += delta;
    render();
    window.scrollTo(0, 0);
  }

  document.getElementById('wd-next').addEventListener('click', () => go(1));
  document.getElementById('wd-back').addEventListener('click', () => go(-1));
  document.getElementById('wd-app').addEventListener('submit', (e) => {
    e.preventDefault();
    if (step !== STEPS.length - 1) return;
    document.getElementById('wd-app').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  render();
})();

/*
 * Graymoor Mutual's Workday-style apply flow (another posting: claims data platform) (4 steps, "Save and Continue"), plain DOM code.
 * Besides Workday's button + listbox dropdowns it has its **prompts**: a selectinput container
 * (`multiselectInputContainer`) with a "Search" box, the chosen items as pills
 * (`selectedItem` / `promptOption`), and a popup list (`activeListContainer`) that can be
 * several levels deep: an aggregation option (with a › icon) opens its children under a
 * "Back" button and a header; typing in the search box lists the matching leaves of every
 * level. Single prompts replace their pill, multi prompts add pills. Dates are Workday's three
 * month / day / year sections. Ids are generated (`input-N`). Steps stay in the DOM, hidden.
 */
(() => {
  let counter = 3;
  const nextId = () => `input-${counter++}`;
  const h = (tag, attrs = {}, ...children) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c) el.append(c);
    return el;
  };
  const req = (on) => (on ? h('abbr', { class: 'wd-req', title: 'required', text: '*' }) : null);
  const field = (key, ...children) => h('div', { class: 'wd-field', 'data-automation-id': `formField-${key}` }, ...children);

  function text(key, label, opts = {}) {
    const id = nextId();
    return field(key, h('label', { for: id }, `${label} `, req(opts.required)),
      h(opts.multiline ? 'textarea' : 'input', { id, class: 'wd-text', type: opts.multiline ? undefined : opts.type ?? 'text', 'data-automation-id': key, 'aria-required': opts.required ? 'true' : undefined, rows: opts.multiline ? 4 : undefined }),
      opts.hint ? h('div', { class: 'wd-hint', text: opts.hint }) : null);
  }

  function listbox(key, label, options, opts = {}) {
    const id = nextId();
    const button = h('button', { type: 'button', id, 'data-automation-id': key, 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-required': opts.required ? 'true' : undefined, text: opts.preset ?? 'Select One' });
    if (opts.preset) button.dataset.value = opts.preset;
    const list = h('ul', { role: 'listbox', class: 'wd-list', hidden: true, 'aria-labelledby': `${id}-label` },
      ['Select One', ...options].map((o) => h('li', { role: 'option', 'aria-selected': String(o === (opts.preset ?? 'Select One')), text: o })));
    button.addEventListener('click', () => {
      document.querySelectorAll('.wd-list, [data-automation-id=activeListContainer]').forEach((l) => { if (l !== list) l.hidden = true; });
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role=option]');
      if (!option) return;
      button.textContent = option.textContent;
      if (option.textContent === 'Select One') delete button.dataset.value; else button.dataset.value = option.textContent;
      for (const o of list.children) o.setAttribute('aria-selected', String(o === option));
      list.hidden = true;
      button.setAttribute('aria-expanded', 'false');
    });
    return field(key, h('label', { for: id, id: `${id}-label` }, `${label} `, req(opts.required)), button, list);
  }

  const leaves = (items, path = []) => items.flatMap((i) => (typeof i === 'string' ? [{ label: i, path }] : leaves(i.children, [...path, i.label])));

  function prompt(key, label, tree, opts = {}) {
    const id = nextId();
    const selected = h('ul', { 'data-automation-id': 'selectedItemList', role: 'listbox', 'aria-label': 'items selected' });
    const search = h('input', { id, type: 'text', 'data-automation-id': 'searchBox', placeholder: 'Search', role: 'combobox', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', autocomplete: 'off' });
    const icon = h('button', { type: 'button', 'data-automation-id': 'promptIcon', 'aria-label': 'prompt icon', tabindex: '-1' });
    const popup = h('div', { 'data-automation-id': 'activeListContainer', role: 'listbox', hidden: true });
    const box = h('div', { 'data-automation-id': 'multiselectInputContainer', 'data-uxi-widget-type': 'selectinput', 'data-uxi-multiselect-id': key, 'aria-required': opts.required ? 'true' : undefined }, selected, search, icon);
    const wrap = field(key, h('label', { for: id }, `${label} `, req(opts.required)), box, popup, opts.hint ? h('div', { class: 'wd-hint', text: opts.hint }) : null);
    wrap.dataset.prompt = key;
    const chosen = () => [...selected.querySelectorAll('[data-automation-id=promptOption]')].map((p) => p.textContent);
    const option = (item, isLeaf, onPick) => {
      const el = h('div', { role: 'option', 'data-automation-id': 'promptOption', 'data-automation-label': item, 'aria-selected': String(chosen().includes(item)), tabindex: '-1' },
        h('span', { text: item }), isLeaf ? null : h('span', { 'data-automation-id': 'promptAggregationIcon', 'aria-hidden': 'true' }));
      if (opts.multi && isLeaf) el.prepend(h('input', { type: 'checkbox', tabindex: '-1', 'aria-hidden': 'true', checked: chosen().includes(item) }));
      el.addEventListener('click', (e) => { e.preventDefault(); onPick(); });
      return el;
    };
    const pick = (item) => {
      if (!opts.multi) selected.replaceChildren();
      if (!chosen().includes(item)) {
        const pill = h('li', { 'data-automation-id': 'selectedItem', role: 'option', 'aria-selected': 'true' }, h('p', { 'data-automation-id': 'promptOption', 'data-automation-label': item, text: item }),
          h('button', { type: 'button', 'data-automation-id': 'DELETE_charm', 'aria-label': `Delete ${item}` }));
        pill.lastChild.addEventListener('click', () => pill.remove());
        selected.append(pill);
      }
      search.value = '';
      if (opts.multi) showLevel(stack); else close();
    };
    let stack = [];
    const showLevel = (path) => {
      stack = path;
      let items = tree;
      for (const p of path) items = items.find((i) => typeof i !== 'string' && i.label === p).children;
      popup.replaceChildren(
        path.length ? h('div', { 'data-automation-id': 'promptBackButton', role: 'button', tabindex: '0', text: 'Back', onclick: () => showLevel(path.slice(0, -1)) }) : null,
        path.length ? h('div', { 'data-automation-id': 'promptHeader', text: path[path.length - 1] }) : null,
        ...items.map((i) => (typeof i === 'string' ? option(i, true, () => pick(i)) : option(i.label, false, () => showLevel([...path, i.label])))),
      );
    };
    const showSearch = (q) => {
      const found = leaves(tree).filter((l) => l.label.toLowerCase().includes(q.toLowerCase()));
      popup.replaceChildren(...(found.length ? found.map((l) => option(l.label, true, () => pick(l.label))) : [h('div', { 'data-automation-id': 'noResults', text: 'No Items.' })]));
    };
    const open = () => {
      document.querySelectorAll('.wd-list, [data-automation-id=activeListContainer]').forEach((l) => { if (l !== popup) l.hidden = true; });
      popup.hidden = false;
      search.setAttribute('aria-expanded', 'true');
      if (search.value) showSearch(search.value); else showLevel([]);
    };
    const close = () => { popup.hidden = true; search.setAttribute('aria-expanded', 'false'); stack = []; };
    search.addEventListener('focus', open);
    search.addEventListener('click', open);
    icon.addEventListener('click', () => (popup.hidden ? open() : close()));
    search.addEventListener('input', () => { popup.hidden = false; if (search.value) showSearch(search.value); else showLevel([]); });
    search.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); if (e.key === 'Enter') { e.preventDefault(); if (search.value) showSearch(search.value); } });
    document.addEventListener('mousedown', (e) => { if (!wrap.contains(e.target)) close(); });
    return wrap;
  }

  function radios(key, legend, options, opts = {}) {
    const name = `${key}-${nextId()}`;
    return h('fieldset', { class: 'wd-field', 'data-automation-id': `formField-${key}`, style: 'border:0;padding:0' },
      h('legend', {}, `${legend} `, req(opts.required)),
      h('div', { role: 'radiogroup', class: 'wd-radios', 'data-automation-id': key, 'aria-required': opts.required ? 'true' : undefined },
        options.map((o) => { const id = nextId(); return h('span', {}, h('input', { type: 'radio', id, name, value: o.toLowerCase() }), h('label', { for: id, text: o })); })));
  }

  function checkbox(key, label, opts = {}) {
    const id = nextId();
    return field(key, h('input', { type: 'checkbox', id, 'data-automation-id': key, 'aria-required': opts.required ? 'true' : undefined }), h('label', { for: id, style: 'display:inline;font-weight:400' }, ` ${label} `, req(opts.required)));
  }

  function date(key, label, opts = {}) {
    const ids = [nextId(), nextId(), nextId()];
    const part = (id, which, ph, max) => h('input', { id, type: 'text', role: 'spinbutton', inputmode: 'numeric', 'data-automation-id': `dateSection${which}-input`, placeholder: ph, maxlength: String(ph.length), 'aria-label': which, 'aria-valuemin': '1', 'aria-valuemax': max });
    const inputs = [part(ids[0], 'Month', 'MM', '12'), part(ids[1], 'Day', 'DD', '31'), part(ids[2], 'Year', 'YYYY', '9999')];
    inputs.forEach((input, i) => input.addEventListener('input', () => {
      input.value = input.value.replace(/\D/g, '');
      if (input.value.length === input.maxLength && inputs[i + 1]) inputs[i + 1].focus();
    }));
    const wrapper = h('div', { 'data-automation-id': 'dateInputWrapper', 'aria-required': opts.required ? 'true' : undefined }, inputs[0], '/', inputs[1], '/', inputs[2], h('button', { type: 'button', 'data-automation-id': 'dateIcon', 'aria-label': 'Calendar' }));
    return field(key, h('label', { for: ids[0] }, `${label} `, req(opts.required)), wrapper);
  }

  function file(key, label, opts = {}) {
    const id = nextId();
    const input = h('input', { type: 'file', id, 'data-automation-id': 'file-upload-input-ref', accept: '.pdf,.doc,.docx,.txt', style: 'display:none', 'aria-required': opts.required ? 'true' : undefined });
    const status = h('div', { 'data-automation-id': 'file-upload-successful', class: 'wd-hint' });
    input.addEventListener('change', () => { status.textContent = input.files.length ? `Successfully Uploaded! ${input.files[0].name}` : ''; });
    return field(key, h('div', { class: 'wd-label', text: label }),
      h('div', { class: 'wd-drop', 'data-automation-id': 'file-upload-drop-zone' }, 'Drop file here ', h('br'), 'or ', h('label', { for: id, 'data-automation-id': 'select-files', text: 'Select files' }), input), status);
  }

  const COUNTRIES = ['Australia', 'Brazil', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Japan', 'Mexico', 'Netherlands', 'Philippines', 'Singapore', 'United Kingdom', 'United States of America', 'United States Minor Outlying Islands'];
  const PHONE_CODES = ['Australia (+61)', 'Brazil (+55)', 'Canada (+1)', 'France (+33)', 'Germany (+49)', 'India (+91)', 'Ireland (+353)', 'Japan (+81)', 'Mexico (+52)', 'Netherlands (+31)', 'Philippines (+63)', 'Puerto Rico (+1)', 'Singapore (+65)', 'United Kingdom (+44)', 'United States of America (+1)', 'United States Minor Outlying Islands (+1)', 'Virgin Islands, U.S. (+1)'];
  const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
  const SOURCES = [
    { label: 'Job Board', children: ['Indeed', 'Glassdoor', 'Dice', 'ZipRecruiter', 'Built In'] },
    { label: 'Social Media', children: ['LinkedIn', 'Facebook', 'Instagram', 'X (Twitter)'] },
    { label: 'Referral', children: ['Employee Referral', 'Friend or Family (not an employee)', 'Recruiter / Agency'] },
    { label: 'Events', children: ['Career Fair', 'Conference', 'University Event'] },
    'Graymoor Careers Website',
    'Other',
  ];
  const SCHOOLS = ['Berkeley City College', 'California State University, East Bay', 'San Francisco State University', 'Stanford University', 'University of California - Berkeley Extension', 'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of San Francisco', 'University of Washington', 'Other'];
  const STUDY = [
    { label: 'Business', children: ['Accounting', 'Business Administration', 'Finance', 'Management Information Systems'] },
    { label: 'Computer and Information Sciences', children: ['Computer Science', 'Data Science', 'Information Systems', 'Software Engineering'] },
    { label: 'Engineering', children: ['Computer Engineering', 'Electrical Engineering', 'Industrial Engineering'] },
    { label: 'Mathematics and Statistics', children: ['Actuarial Science', 'Applied Mathematics', 'Mathematics', 'Statistics'] },
    { label: 'Social Sciences', children: ['Economics', 'Political Science', 'Psychology'] },
  ];
  const SKILLS = ['Actuarial Modeling', 'Airflow', 'AWS', 'Data Modeling', 'dbt', 'ETL', 'Java', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL', 'Tableau'];
  const LOCATIONS = [
    { label: 'United States of America', children: [
      { label: 'California', children: ['Greater Los Angeles', 'Sacramento Area', 'San Diego Area', 'San Francisco Bay Area'] },
      { label: 'Illinois', children: ['Chicago Metro'] },
      { label: 'New York', children: ['New York City Metro', 'Upstate New York'] },
      { label: 'Texas', children: ['Austin Area', 'Dallas–Fort Worth'] },
      { label: 'Washington', children: ['Seattle Metro'] },
      'Other U.S. location',
    ] },
    { label: 'Canada', children: ['Greater Toronto Area', 'Metro Vancouver', 'Other Canadian location'] },
    'Outside the U.S. and Canada',
  ];
  const ETHNICITY = ['American Indian or Alaska Native (United States of America)', 'Asian (United States of America)', 'Black or African American (United States of America)', 'Hispanic or Latino (United States of America)', 'Native Hawaiian or Other Pacific Islander (United States of America)', 'White (United States of America)', 'I do not wish to answer. (United States of America)'];

  const steps = [
    ['My Information', [
      prompt('source', 'How Did You Hear About Us?', SOURCES, { required: true }),
      radios('previousWorker', 'Have you previously worked for Graymoor Mutual or one of its affiliates as an employee or contractor?', ['Yes', 'No'], { required: true }),
      listbox('countryDropdown', 'Country', COUNTRIES, { required: true, preset: 'United States of America' }),
      h('h3', { text: 'Legal Name' }),
      text('legalNameSection_firstName', 'First Name', { required: true }),
      text('legalNameSection_lastName', 'Last Name', { required: true }),
      checkbox('preferredNameCheckbox', 'I have a preferred name'),
      h('h3', { text: 'Address' }),
      text('addressSection_addressLine1', 'Address Line 1', { required: true }),
      text('addressSection_city', 'City', { required: true }),
      listbox('addressSection_countryRegion', 'State', STATES, { required: true }),
      text('addressSection_postalCode', 'Postal Code', { required: true }),
      h('h3', { text: 'Email Address' }),
      text('email', 'Email Address', { required: true, type: 'email' }),
      h('h3', { text: 'Phone' }),
      listbox('phone-device-type', 'Phone Device Type', ['Home', 'Mobile', 'Work'], { required: true }),
      prompt('countryPhoneCode', 'Country Phone Code', PHONE_CODES, { required: true }),
      text('phone-number', 'Phone Number', { required: true, type: 'tel' }),
      text('phone-extension', 'Phone Extension'),
    ]],
    ['My Experience', [
      h('h3', { text: 'Work Experience' }),
      h('button', { type: 'button', class: 'wd-add', 'data-automation-id': 'Add', 'aria-label': 'Add Work Experience', text: 'Add' }),
      h('h3', { text: 'Education 1' }),
      prompt('school', 'School or University', SCHOOLS, { required: true }),
      listbox('degree', 'Degree', ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate (PhD)', 'Juris Doctor (JD)', 'Other']),
      prompt('fieldOfStudy', 'Field of Study', STUDY),
      h('h3', { text: 'Skills' }),
      prompt('skills', 'Type to Add Skills', SKILLS, { multi: true }),
      h('h3', { text: 'Resume/CV' }),
      file('resumeSection', 'Upload a file (5MB max)', { required: true }),
      h('h3', { text: 'Social Network URLs' }),
      text('linkedinQuestion', 'LinkedIn'),
    ]],
    ['Application Questions', [
      listbox('questionnaire--9c4a11', 'Are you at least 18 years of age?', ['Yes', 'No'], { required: true }),
      radios('questionnaire--9c4a14', 'Are you currently employed?', ['Yes', 'No'], { required: true }),
      listbox('questionnaire--9c4a12', 'Do you have unrestricted authorization to work in the United States?', ['Yes', 'No'], { required: true }),
      listbox('questionnaire--9c4a13', 'Will you now, or at any point in the future, require Graymoor to sponsor you for an employment visa?', ['Yes, I will require sponsorship', 'No, I will not require sponsorship'], { required: true }),
      listbox('questionnaire--9c4a15', 'How many years of experience do you have building data pipelines?', ['Less than 2 years', '2 - 4 years', '5 - 7 years', '8 - 10 years', 'More than 10 years'], { required: true }),
      prompt('questionnaire--9c4a16', 'In which metro area do you live?', LOCATIONS, { required: true, hint: 'This role is remote; we ask so we can plan team meet-ups. Choose your country, then your state or province, then your area.' }),
      date('questionnaire--9c4a17', 'When are you available to start?', { required: true }),
      text('questionnaire--9c4a18', 'Desired annual base pay (USD)', { required: true }),
      listbox('questionnaire--9c4a19', 'Have you worked with Guidewire ClaimCenter data?', ['Yes, as a primary source', 'Some exposure', 'No']),
      listbox('questionnaire--9c4a20', 'Can you travel to our Hartford, CT office up to four times a year?', ['Yes', 'No']),
      text('questionnaire--9c4a21', 'Which claims metric would you make trustworthy first, and why?', { multiline: true }),
    ]],
    ['Voluntary Disclosures', [
      listbox('gender', 'Gender', ['Female', 'Male', 'I do not wish to answer']),
      prompt('ethnicityMultiselect', 'Please select the ethnicity (or ethnicities) which most accurately describe(s) how you identify yourself', ETHNICITY, { multi: true }),
      listbox('veteranStatus', 'Veteran Status', ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']),
      checkbox('agreementCheckbox', 'Yes, I have read and consent to the Terms and Conditions', { required: true }),
    ]],
  ];

  const app = document.getElementById('wd-app');
  const sections = steps.map(([title, children], i) => h('section', { 'data-automation-id': `applyFlowStep-${i + 1}`, hidden: i > 0 }, h('h2', { 'data-automation-id': 'pageHeader', text: title }), ...children));
  const back = h('button', { type: 'button', 'data-automation-id': 'bottom-navigation-back-button', text: 'Back', disabled: true });
  const next = h('button', { type: 'button', id: 'wd-next', 'data-automation-id': 'bottom-navigation-next-button', text: 'Save and Continue' });
  const submit = h('button', { type: 'button', id: 'wd-submit', 'data-automation-id': 'bottom-navigation-next-button', text: 'Submit', hidden: true });
  app.append(...sections, h('footer', { 'data-automation-id': 'bottom-navigation' }, back, next, submit));
  let step = 0;
  const progress = document.querySelectorAll('[data-automation-id=progressBarStep]');
  const show = (i) => {
    step = i;
    sections.forEach((s, at) => { s.hidden = at !== i; });
    progress.forEach((p, at) => p.setAttribute('aria-current', String(at === i)));
    back.disabled = i === 0;
    next.hidden = i === sections.length - 1;
    submit.hidden = i !== sections.length - 1;
    window.scrollTo(0, 0);
  };
  const missing = () => {
    const bad = [];
    const s = sections[step];
    for (const el of s.querySelectorAll('[aria-required=true]')) {
      const empty = el.localName === 'button' ? !el.dataset.value
        : el.dataset.automationId === 'multiselectInputContainer' ? !el.querySelector('[data-automation-id=selectedItem]')
        : el.dataset.automationId === 'dateInputWrapper' ? [...el.querySelectorAll('input')].some((i) => !i.value)
        : el.getAttribute('role') === 'radiogroup' ? !el.querySelector('input:checked')
        : el.type === 'checkbox' ? !el.checked : el.type === 'file' ? el.files.length === 0 : !el.value.trim();
      el.toggleAttribute('aria-invalid', empty);
      if (empty) { el.setAttribute('aria-invalid', 'true'); bad.push(el); }
    }
    const banner = document.getElementById('wd-errors');
    banner.hidden = !bad.length;
    banner.textContent = bad.length ? `Errors Found: ${bad.length} required field${bad.length > 1 ? 's' : ''} must be completed.` : '';
    return bad.length > 0;
  };
  next.addEventListener('click', () => { if (!missing()) show(step + 1); });
  back.addEventListener('click', () => show(step - 1));
  submit.addEventListener('click', () => {
    if (missing()) return;
    app.hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
})();

/*
 * Workday-style candidate application (hand-built: Workday is not a library): two steps rendered in
 * place ("My Information", "Application Questions"), data-automation-id attributes, generated ids,
 * button + listbox dropdowns ("Select One", popup list at the end of <body>), prompt search boxes
 * (type to search, categories you step into, chosen items as pills with a remove button):
 * "How Did You Hear About Us?" and "Country Phone Code" (preset "Canada (+1)" on this Canadian
 * employer's site, like the Country dropdown preset "Canada"), a State/Province dropdown rebuilt
 * when the country changes, previous-worker radios, a hidden file input behind "Select files",
 * and a terms checkbox. Every value is mirrored into <pre id="model">. The posting's own
 * application questions come from the page (`window.workdayPosting`), as another posting's do.
 */
(function () {
  const uid = () => Math.random().toString(36).slice(2, 10);
  const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan'];
  const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];
  const COUNTRIES = ['Canada', 'France', 'Germany', 'India', 'Mexico', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America'];
  const PHONE_CODES = [['Canada', '+1'], ['France', '+33'], ['Germany', '+49'], ['India', '+91'], ['Mexico', '+52'], ['United Kingdom', '+44'], ['United States Minor Outlying Islands', '+1'], ['United States of America', '+1']].map(([c, d]) => `${c} (${d})`);
  const SOURCES = { 'Job Board': ['Indeed', 'Glassdoor', 'Eluta.ca', 'Job Bank'], 'Social Media': ['LinkedIn', 'X (Twitter)', 'Facebook'], 'Employee Referral': ['Employee Referral'], 'Laurentian Careers Website': ['Laurentian Careers Website'], Other: ['Career Fair', 'Recruiter Outreach', 'Other'] };
  const EDUCATION = ['High School Diploma / GED', 'College Diploma', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'Doctorate'];
  const QUESTIONS = window.workdayPosting.questions;

  const state = {
    source: [], previousWorker: '', country: 'Canada', firstName: '', lastName: '', preferredName: false, addressLine1: '', city: '', region: '',
    postalCode: '', email: '', phoneDeviceType: '', phoneCode: ['Canada (+1)'], phoneNumber: '', phoneExtension: '',
    resume: [], linkedin: '', ...Object.fromEntries(QUESTIONS.map((question) => [question.key, ''])),
    gender: '', veteran: '', terms: false,
  };
  const model = document.getElementById('model');
  const sync = () => { model.textContent = JSON.stringify(state, null, 2); };

  let openPopup = null;
  const closePopup = () => { if (openPopup) { openPopup.el.remove(); openPopup.owner.setAttribute('aria-expanded', 'false'); openPopup = null; } };
  document.addEventListener('mousedown', (e) => { if (openPopup && !openPopup.el.contains(e.target) && !openPopup.owner.contains(e.target)) closePopup(); });
  const place = (el, owner) => { const r = owner.getBoundingClientRect(); el.style.left = `${r.left + window.scrollX}px`; el.style.top = `${r.bottom + window.scrollY + 2}px`; el.style.minWidth = `${r.width}px`; };

  function field(parent, key, label, required, inner) {
    const wrap = document.createElement('div');
    wrap.className = 'formField';
    wrap.dataset.automationId = `formField-${key}`;
    const id = `input-${uid()}`;
    const lab = document.createElement('label');
    lab.htmlFor = id; lab.id = `${id}-label`;
    lab.innerHTML = `${label}${required ? '<abbr class="req" title="required">*</abbr>' : ''}`;
    wrap.append(lab);
    inner(wrap, id, lab.id);
    parent.append(wrap);
    return wrap;
  }
  function text(parent, key, label, required, automation, opts = {}) {
    return field(parent, key, label, required, (wrap, id) => {
      const input = document.createElement('input');
      input.className = 'wd-text'; input.id = id; input.type = opts.type || 'text';
      input.dataset.automationId = automation; input.value = state[key];
      if (required) input.setAttribute('aria-required', 'true');
      input.addEventListener('input', () => { state[key] = input.value; sync(); });
      wrap.append(input);
      if (opts.hint) { const h = document.createElement('div'); h.className = 'wd-hint'; h.textContent = opts.hint; wrap.append(h); }
    });
  }
  function dropdown(parent, key, label, required, options, onPick) {
    return field(parent, key, label, required, (wrap, id, labelId) => {
      const button = document.createElement('button');
      button.type = 'button'; button.className = 'wd-dd'; button.id = id;
      button.setAttribute('aria-haspopup', 'listbox'); button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-labelledby', `${labelId} ${id}`);
      button.dataset.automationId = key;
      button.value = state[key];
      button.textContent = state[key] || 'Select One';
      button.addEventListener('click', () => {
        if (openPopup && openPopup.owner === button) { closePopup(); return; }
        closePopup();
        const list = document.createElement('ul');
        list.className = 'wd-listbox'; list.setAttribute('role', 'listbox'); list.id = `${id}-listbox`;
        list.setAttribute('aria-labelledby', labelId);
        const current = typeof options === 'function' ? options() : options;
        ['Select One', ...current].forEach((opt) => {
          const li = document.createElement('li');
          li.setAttribute('role', 'option'); li.dataset.automationId = 'promptOption'; li.id = `${id}-opt-${uid()}`;
          li.setAttribute('aria-selected', String(opt === (state[key] || 'Select One')));
          li.innerHTML = `<div>${opt}</div>`;
          li.addEventListener('click', () => {
            state[key] = opt === 'Select One' ? '' : opt;
            button.textContent = opt; button.value = state[key];
            closePopup(); sync(); if (onPick) onPick(state[key]); button.focus();
          });
          list.append(li);
        });
        place(list, button);
        document.body.append(list);
        button.setAttribute('aria-expanded', 'true');
        openPopup = { el: list, owner: button };
      });
      wrap.append(button);
    });
  }
  function prompt(parent, key, label, required, tree, single) {
    return field(parent, key, label, required, (wrap, id) => {
      const box = document.createElement('div');
      box.className = 'wd-prompt'; box.dataset.automationId = 'multiSelectContainer';
      const pills = document.createElement('div');
      pills.className = 'wd-pills'; pills.dataset.automationId = 'selectedItemList';
      const input = document.createElement('input');
      input.id = id; input.placeholder = 'Search'; input.dataset.automationId = 'searchBox'; input.autocomplete = 'off';
      input.setAttribute('role', 'combobox'); input.setAttribute('aria-expanded', 'false');
      const renderPills = () => {
        pills.innerHTML = '';
        state[key].forEach((item) => {
          const pill = document.createElement('div');
          pill.className = 'wd-pill'; pill.dataset.automationId = 'selectedItem';
          pill.append(document.createTextNode(item));
          const x = document.createElement('button');
          x.type = 'button'; x.className = 'wd-x'; x.setAttribute('aria-label', `Remove ${item}`); x.dataset.automationId = 'DELETE_charm';
          x.addEventListener('click', () => { state[key] = state[key].filter((v) => v !== item); renderPills(); sync(); });
          pill.append(x);
          pills.append(pill);
        });
      };
      const leaves = Array.isArray(tree) ? tree : Object.values(tree).flat();
      const show = (items, back) => {
        closePopup();
        const pop = document.createElement('div');
        pop.className = 'wd-popup'; pop.setAttribute('role', 'listbox'); pop.dataset.automationId = 'activeListContainer';
        if (back) { const b = document.createElement('div'); b.className = 'wd-back'; b.textContent = '‹ Back'; b.addEventListener('click', () => show(Object.keys(tree).map((k) => ({ label: k, category: true })))); pop.append(b); }
        if (items.length === 0) { const none = document.createElement('div'); none.className = 'wd-hint'; none.style.padding = '8px 12px'; none.textContent = 'No Items.'; pop.append(none); }
        items.forEach((item) => {
          const opt = document.createElement('div');
          opt.setAttribute('role', 'option'); opt.dataset.automationId = 'promptOption'; opt.id = `${id}-opt-${uid()}`;
          opt.innerHTML = `<span>${item.label}</span>${item.category ? '<span aria-hidden="true">›</span>' : ''}`;
          opt.addEventListener('click', () => {
            if (item.category) { show(tree[item.label].map((l) => ({ label: l })), true); return; }
            state[key] = single ? [item.label] : [...new Set([...state[key], item.label])];
            input.value = ''; renderPills(); sync(); closePopup(); quiet = true; input.focus(); quiet = false;
          });
          pop.append(opt);
        });
        place(pop, box);
        document.body.append(pop);
        input.setAttribute('aria-expanded', 'true');
        openPopup = { el: pop, owner: input };
      };
      const filtered = () => {
        const q = input.value.trim().toLowerCase();
        if (!q) return Array.isArray(tree) ? tree.map((l) => ({ label: l })) : Object.keys(tree).map((k) => ({ label: k, category: true }));
        return leaves.filter((l) => l.toLowerCase().includes(q)).map((l) => ({ label: l }));
      };
      let quiet = false;
      input.addEventListener('focus', () => { if (!quiet) show(filtered()); });
      input.addEventListener('click', () => { if (!openPopup || openPopup.owner !== input) show(filtered()); });
      input.addEventListener('input', () => show(filtered()));
      input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); show(filtered()); } });
      box.append(pills, input);
      wrap.append(box);
      renderPills();
    });
  }
  function radios(parent, key, label, options) {
    const wrap = document.createElement('fieldset');
    wrap.className = 'formField'; wrap.dataset.automationId = `formField-${key}`; wrap.style.border = '0'; wrap.style.padding = '0';
    wrap.innerHTML = `<legend>${label}<abbr class="req" title="required">*</abbr></legend>`;
    const name = `${key}-${uid()}`;
    options.forEach((opt) => {
      const id = `input-${uid()}`;
      const r = document.createElement('input');
      r.type = 'radio'; r.name = name; r.id = id; r.value = opt === 'Yes' ? 'true' : 'false';
      r.checked = state[key] === opt;
      r.addEventListener('change', () => { state[key] = opt; sync(); });
      const l = document.createElement('label');
      l.htmlFor = id; l.textContent = opt; l.className = 'wd-radio';
      wrap.append(r, l);
    });
    parent.append(wrap);
  }

  const page = document.getElementById('wd-page');
  function stepOne() {
    page.innerHTML = '';
    const sec = (title) => { const h = document.createElement('h2'); h.className = 'wd-h'; h.textContent = title; page.append(h); };
    prompt(page, 'source', 'How Did You Hear About Us?', true, SOURCES, false);
    radios(page, 'previousWorker', 'Have you previously worked for Laurentian Rail Logistics or any of its subsidiaries?', ['Yes', 'No']);
    sec('Country');
    let regionWrap;
    dropdown(page, 'country', 'Country', true, COUNTRIES, () => { state.region = ''; const btn = regionWrap.querySelector('button'); btn.textContent = 'Select One'; btn.value = ''; sync(); });
    sec('Legal Name');
    text(page, 'firstName', 'First Name', true, 'legalNameSection_firstName');
    text(page, 'lastName', 'Last Name', true, 'legalNameSection_lastName');
    const pref = document.createElement('div'); pref.className = 'formField';
    pref.innerHTML = '<input type="checkbox" id="wd-preferredCheck" data-automation-id="preferredNameCheckbox"> <label for="wd-preferredCheck" style="display:inline">I have a preferred name</label>';
    pref.querySelector('input').addEventListener('change', (e) => { state.preferredName = e.target.checked; sync(); });
    page.append(pref);
    sec('Address');
    text(page, 'addressLine1', 'Address Line 1', true, 'addressSection_addressLine1');
    text(page, 'city', 'City', true, 'addressSection_city');
    regionWrap = dropdown(page, 'region', 'State/Province', true, () => (state.country === 'Canada' ? PROVINCES : state.country === 'United States of America' ? STATES : ['Not applicable']));
    text(page, 'postalCode', 'Postal Code', true, 'addressSection_postalCode');
    sec('Email Address');
    text(page, 'email', 'Email Address', true, 'email', { type: 'email' });
    sec('Phone');
    dropdown(page, 'phoneDeviceType', 'Phone Device Type', true, ['Home', 'Mobile', 'Work']);
    prompt(page, 'phoneCode', 'Country Phone Code', true, PHONE_CODES, true);
    text(page, 'phoneNumber', 'Phone Number', true, 'phone-number');
    text(page, 'phoneExtension', 'Phone Extension', false, 'phone-extension');
  }
  function stepTwo() {
    page.innerHTML = '';
    document.getElementById('wd-p1').className = ''; document.getElementById('wd-p2').className = 'active';
    const sec = (title) => { const h = document.createElement('h2'); h.className = 'wd-h'; h.textContent = title; page.append(h); };
    sec('Resume/CV');
    const up = document.createElement('div'); up.className = 'formField'; up.dataset.automationId = 'formField-resume';
    up.innerHTML = '<label>Upload a file (5MB max)</label><div data-automation-id="file-upload-drop-zone" style="border:1px dashed #a0a0a0;padding:14px;text-align:center">Drop file here or <button type="button" class="wd-btn secondary" id="wd-select-files" data-automation-id="select-files">Select files</button><input type="file" id="wd-resume" data-automation-id="file-upload-input-ref" style="display:none" accept=".pdf,.doc,.docx"></div><div id="wd-uploaded" data-automation-id="file-upload-successful"></div>';
    const fileInput = up.querySelector('#wd-resume');
    up.querySelector('#wd-select-files').addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => { state.resume = Array.from(fileInput.files).map((f) => f.name); up.querySelector('#wd-uploaded').textContent = state.resume.map((n) => `${n} — Successfully Uploaded!`).join(' '); sync(); });
    page.append(up);
    sec('Websites');
    text(page, 'linkedin', 'LinkedIn Profile', false, 'linkedinQuestion');
    sec('Application Questions');
    for (const question of QUESTIONS) {
      if (question.kind === 'text') text(page, question.key, question.label, question.required, question.automation);
      else if (question.kind === 'radios') radios(page, question.key, question.label, question.options);
      else dropdown(page, question.key, question.label, question.required, question.options ?? EDUCATION);
    }
    sec('Voluntary Disclosures');
    dropdown(page, 'gender', 'Gender', false, ['Female', 'Male', 'I do not wish to self-identify']);
    dropdown(page, 'veteran', 'Veteran Status', false, ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']);
    const terms = document.createElement('div'); terms.className = 'formField'; terms.style.maxWidth = 'none';
    terms.innerHTML = '<input type="checkbox" id="wd-terms" data-automation-id="agreementCheckbox"> <label for="wd-terms" style="display:inline">Yes, I have read and consent to the Terms and Conditions<abbr class="req">*</abbr></label>';
    terms.querySelector('input').addEventListener('change', (e) => { state.terms = e.target.checked; sync(); });
    page.append(terms);
  }
  const bottom = document.createElement('div');
  bottom.className = 'wd-bottom';
  bottom.innerHTML = '<span class="wd-error" id="wd-error"></span><button type="button" class="wd-btn" id="wd-next" data-automation-id="bottom-navigation-next-button">Save and Continue</button><button type="button" class="wd-btn" id="wd-submit" data-automation-id="bottom-navigation-next-button" style="display:none">Submit</button>';
  document.getElementById('wd-main').append(bottom);
  document.getElementById('wd-next').addEventListener('click', () => {
    closePopup();
    stepTwo(); sync();
    document.getElementById('wd-next').style.display = 'none';
    document.getElementById('wd-submit').style.display = '';
    window.scrollTo(0, 0);
  });
  document.getElementById('wd-submit').addEventListener('click', () => {
    closePopup();
    if (!state.terms) { document.getElementById('wd-error').textContent = 'Please accept the Terms and Conditions.'; return; }
    document.getElementById('wd-main').innerHTML = '<h2 id="wd-done" class="wd-h">Application Submitted</h2><p>Thank you for applying to Laurentian Rail Logistics.</p>';
  });
  stepOne();
  sync();
})();

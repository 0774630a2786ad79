/*
 * Renders the SuccessFactors apply form the way SAPUI5 does: a FormElement per field
 * (id fbclc_<key>), a sapMLabel with <bdi> text (required mark by CSS), and a control with a
 * generated id: sap.m.Input (__inputN-inner), sap.m.Select (div role=combobox, list in
 * #sap-ui-static), sap.m.DatePicker, sap.m.TextArea, sap.m.CheckBox, upload button + file input.
 */
(() => {
  const YES_NO = ['Yes', 'No'];
  const SECTIONS = [
    ['Candidate Profile', [
      ['fName', 'First Name', 'input', { required: true }],
      ['lName', 'Last Name', 'input', { required: true }],
      ['email', 'Email Address', 'input', { required: true, type: 'email' }],
      ['cellPhone', 'Cell Phone', 'input', { required: true, type: 'tel' }],
      ['country', 'Country/Region', 'select', { required: true, options: ['Canada', 'China', 'Germany', 'India', 'Mexico', 'United Kingdom', 'United States'] }],
      ['address', 'Address', 'input', {}],
      ['city', 'City', 'input', { required: true }],
      ['state', 'State', 'select', { required: true, options: ['Alabama', 'Arizona', 'California', 'Colorado', 'Michigan', 'Nevada', 'Ohio', 'Oregon', 'Texas', 'Washington'] }],
      ['zip', 'Zip/Postal Code', 'input', { required: true }],
      ['currentlyEmployed', 'Are you currently employed?', 'select', { required: true, options: YES_NO }],
    ]],
    ['Most Recent Employment', [
      ['employer', 'Employer Name', 'input', {}],
      ['jobTitle', 'Job Title', 'input', {}],
      ['employStart', 'Start Date', 'date', {}],
      ['employPresent', 'This is my current employer', 'checkbox', {}],
    ]],
    ['Education', [
      ['eduLevel', 'Highest Level of Education', 'select', { required: true, options: ['High School Diploma/GED', 'Associate Degree', "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate', 'None of the above'] }],
      ['school', 'School / University', 'input', {}],
      ['major', 'Major / Field of Study', 'input', {}],
      ['gradDate', 'Graduation Date', 'date', {}],
    ]],
    ['Attachments', [
      ['resume', 'Resume', 'file', { required: true }],
      ['coverLetter', 'Cover Letter', 'file', {}],
      ['linkedin', 'LinkedIn Profile', 'input', {}],
      ['portfolio', 'Portfolio URL', 'input', {}],
    ]],
    ['Job Specific Questions', [
      ['workAuth', 'Are you legally authorized to work in the United States for any employer?', 'select', { required: true, options: YES_NO }],
      ['sponsor', 'Will you now or in the future require Brightmoor to commence ("sponsor") an immigration case in order to employ you (for example, H-1B or other employment-based immigration case)?', 'select', { required: true, options: YES_NO }],
      ['formerEmployee', 'Have you ever been employed by Brightmoor Industrial or one of its subsidiaries?', 'select', { required: true, options: YES_NO }],
      ['sapYears', 'Years of experience with SAP BW/4HANA', 'select', { options: ['None', 'Less than 2 years', '2-4 years', '5+ years'] }],
      ['desiredSalary', 'Desired Salary (annual)', 'input', { required: true }],
      ['salaryCurrency', 'Currency', 'select', { required: true, options: ['CAD (Canadian Dollar)', 'EUR (Euro)', 'MXN (Mexican Peso)', 'USD (US Dollar)'] }],
      ['availableDate', 'Available Start Date', 'date', { required: true }],
      ['noticePeriod', 'Notice Period', 'select', { options: ['None', '2 weeks', '1 month', '2 months', '3 months or more'] }],
      ['relocate', 'Are you willing to relocate to Fremont, CA?', 'select', { options: YES_NO }],
      ['travel', 'Willingness to Travel', 'select', { required: true, options: ['0%', 'Up to 25%', 'Up to 50%', 'More than 50%'] }],
      ['onsite', 'This position is on-site at our Fremont plant 5 days per week. Can you meet this requirement?', 'select', { required: true, options: YES_NO }],
      ['source', 'How did you hear about this position?', 'select', { required: true, options: ['Brightmoor Careers Site', 'LinkedIn', 'Indeed', 'Employee Referral', 'Job Fair', 'Other'] }],
      ['referrer', 'Referring Employee Name', 'input', {}],
      ['whyBrightmoor', 'Why are you interested in this role at Brightmoor?', 'textarea', {}],
    ]],
    ['Voluntary Self-Identification', [
      ['gender', 'Gender', 'select', { options: ['Female', 'Male', 'I choose not to disclose'] }],
      ['ethnicity', 'Race/Ethnicity', 'select', { options: ['Hispanic or Latino', 'White', 'Black or African American', 'Asian', 'Native Hawaiian or Other Pacific Islander', 'American Indian or Alaska Native', 'Two or More Races', 'I choose not to disclose'] }],
      ['veteran', 'Veteran Status', 'select', { options: ['I am a protected veteran', 'I am not a protected veteran', 'I choose not to disclose'] }],
    ]],
    ['Data Privacy Statement', [
      ['dpsAccept', 'I have read and accept the Data Privacy Statement', 'checkbox', { required: true }],
    ]],
  ];

  let seq = 0;
  const next = (kind) => `__${kind}${seq++}`;
  const form = document.getElementById('sf-form');
  const staticArea = document.getElementById('sap-ui-static');
  const controls = {};
  let openPopover = null;
  const closePopover = () => { if (openPopover) { openPopover.popover.hidden = true; openPopover.select.setAttribute('aria-expanded', 'false'); } openPopover = null; };

  function label(text, forId, required) {
    const id = next('label');
    const element = document.createElement('label');
    element.id = id;
    element.className = `sapMLabel${required ? ' sapMLabelRequired' : ''}`;
    if (forId) element.htmlFor = forId;
    element.innerHTML = `<span class="sapMLabelTextWrapper"><bdi id="${id}-bdi"></bdi></span><span class="sapMLabelColonAndRequired" data-colon=":"></span>`;
    element.querySelector('bdi').textContent = text;
    return element;
  }

  function build(key, text, kind, options) {
    const row = document.createElement('div');
    row.className = 'sapUiFormElement';
    row.id = `fbclc_${key}`;
    const cell = document.createElement('div');
    let control;
    if (kind === 'input' || kind === 'date') {
      const id = next(kind === 'date' ? 'picker' : 'input');
      cell.className = kind === 'date' ? 'sapMInputBase sapMDP' : 'sapMInputBase sapMInput';
      cell.innerHTML = `<div class="sapMInputBaseContentWrapper"><input id="${id}-inner" class="sapMInputBaseInner" type="${options.type === 'tel' ? 'tel' : options.type === 'email' ? 'email' : 'text'}" autocomplete="off"${kind === 'date' ? ' placeholder="MM/dd/yyyy"' : ''}${options.required ? ' aria-required="true"' : ''}></div>`;
      control = cell.querySelector('input');
      row.append(label(text, control.id, options.required), cell);
      controls[key] = () => control.value.trim();
    } else if (kind === 'textarea') {
      const id = next('area');
      cell.innerHTML = `<textarea id="${id}-inner" class="sapMInputBaseInner" rows="4"></textarea>`;
      control = cell.querySelector('textarea');
      row.append(label(text, control.id, options.required), cell);
      controls[key] = () => control.value.trim();
    } else if (kind === 'select') {
      const id = next('select');
      const lab = label(text, null, options.required);
      const select = document.createElement('div');
      select.id = id;
      select.className = 'sapMSlt';
      select.tabIndex = 0;
      select.setAttribute('role', 'combobox');
      select.setAttribute('aria-haspopup', 'listbox');
      select.setAttribute('aria-expanded', 'false');
      select.setAttribute('aria-labelledby', `${lab.id} ${id}-label`);
      if (options.required) select.setAttribute('aria-required', 'true');
      select.innerHTML = `<span class="sapMSltLabel" id="${id}-label"></span><span class="sapMSltArrow" aria-hidden="true"></span>`;
      const shown = select.querySelector('.sapMSltLabel');
      let value = '';
      const popover = document.createElement('div');
      popover.className = 'sapMPopover';
      popover.id = `${id}-popover`;
      popover.hidden = true;
      popover.innerHTML = `<ul class="sapMSelectList" role="listbox" id="${id}-list"></ul>`;
      const list = popover.querySelector('ul');
      for (const [index, optionText] of [''].concat(options.options).entries()) {
        const item = document.createElement('li');
        item.className = 'sapMSelectListItem';
        item.id = `${id}-item${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(index === 0));
        item.textContent = optionText;
        if (index === 0) item.innerHTML = '&nbsp;';
        item.addEventListener('click', () => {
          value = optionText;
          shown.textContent = optionText;
          for (const each of list.children) each.setAttribute('aria-selected', String(each === item));
          closePopover();
          select.focus();
        });
        list.append(item);
      }
      staticArea.append(popover);
      select.addEventListener('click', () => {
        const wasOpen = openPopover?.select === select;
        closePopover();
        if (wasOpen) return;
        const box = select.getBoundingClientRect();
        popover.style.left = `${box.left + window.scrollX}px`;
        popover.style.top = `${box.bottom + window.scrollY}px`;
        popover.style.width = `${box.width}px`;
        popover.hidden = false;
        select.setAttribute('aria-expanded', 'true');
        openPopover = { popover, select };
      });
      cell.append(select);
      row.append(lab, cell);
      controls[key] = () => value;
    } else if (kind === 'checkbox') {
      const id = next('box');
      cell.innerHTML = `<div class="sapMCb" id="${id}" role="checkbox" aria-checked="false" tabindex="0"><div class="sapMCbBg"><input type="checkbox" id="${id}-CB" tabindex="-1"></div><label class="sapMLabel sapMCbLabel" for="${id}-CB"></label></div>`;
      cell.querySelector('label').textContent = text + (options.required ? ' *' : '');
      const box = cell.querySelector('input');
      const wrap = cell.querySelector('.sapMCb');
      box.addEventListener('change', () => wrap.setAttribute('aria-checked', String(box.checked)));
      wrap.addEventListener('click', (event) => {
        if (event.target === box || event.target.localName === 'label') return;
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change', { bubbles: true }));
      });
      row.append(document.createElement('div'), cell);
      controls[key] = () => box.checked;
    } else if (kind === 'file') {
      const id = next('upload');
      cell.innerHTML = `<input type="file" id="${id}-fu" name="${key}" accept=".pdf,.doc,.docx,.txt,.rtf" style="display:none"><button type="button" class="sapMBtn sapMBtnTransparent" id="${id}-button">Upload</button> <span class="sf-hint" id="${id}-name">No file chosen</span>`;
      const input = cell.querySelector('input');
      input.setAttribute('aria-labelledby', `${id}-lbl`);
      cell.querySelector('button').addEventListener('click', () => input.click());
      input.addEventListener('change', () => { cell.querySelector('.sf-hint').textContent = input.files[0]?.name ?? 'No file chosen'; });
      const lab = label(text, null, options.required);
      lab.id = `${id}-lbl`;
      row.append(lab, cell);
      controls[key] = () => input.files.length > 0;
    }
    return row;
  }

  for (const [title, fields] of SECTIONS) {
    const heading = document.createElement('div');
    heading.className = 'sapUiFormTitle';
    heading.setAttribute('role', 'heading');
    heading.setAttribute('aria-level', '3');
    heading.textContent = title;
    form.append(heading);
    for (const [key, text, kind, options] of fields) form.append(build(key, text, kind, options));
  }

  document.addEventListener('mousedown', (event) => {
    if (openPopover && !openPopover.popover.contains(event.target) && !openPopover.select.contains(event.target)) closePopover();
  });
  document.getElementById('sf-apply-button').addEventListener('click', () => {
    const missing = [];
    for (const [, fields] of SECTIONS) for (const [key, text, , options] of fields) if (options.required && !controls[key]()) missing.push(text);
    const error = document.getElementById('sf-error');
    error.hidden = missing.length === 0;
    error.textContent = missing.length ? `Please fill in the following required fields: ${missing.join('; ')}` : '';
    if (missing.length) return;
    document.getElementById('sf-apply').hidden = true;
    document.getElementById('sf-done').hidden = false;
  });
})();

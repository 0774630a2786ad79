/*
 * Workday-like apply flow: steps are <template>s rendered in place (earlier fields leave the
 * DOM), ids regenerated on every render, button + listbox dropdowns, and "prompt" inputs: a
 * multiselectInputContainer whose Search box opens an activeListContainer at the end of <body>
 * (categories drill down one level, typing searches every entry), the choice shown as a pill.
 */
(() => {
  const random = () => Math.random().toString(36).slice(2, 8) + Math.floor(Math.random() * 1e5);
  const host = document.getElementById('wd-step');
  const progress = document.querySelectorAll('[data-automation-id="progressBarStep"]');
  let step = 0;

  const LISTS = {
    countries: ['Australia', 'Brazil', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Mexico', 'Philippines', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America'],
    states: ['Arizona', 'California', 'Colorado', 'Connecticut', 'Florida', 'Georgia', 'Illinois', 'Massachusetts', 'New Jersey', 'New York', 'North Carolina', 'Oregon', 'Pennsylvania', 'Texas', 'Washington'],
  };
  const PROMPTS = {
    source: [
      { label: 'Job Board', children: ['Built In', 'Dice', 'Glassdoor', 'Indeed', 'LinkedIn Jobs', 'ZipRecruiter'] },
      { label: 'Social Media', children: ['Facebook', 'Instagram', 'LinkedIn', 'X (Twitter)'] },
      { label: 'Tarnhelm Mutual Careers Website' },
      { label: 'Employee Referral' },
      { label: 'Recruiter Contacted Me' },
      { label: 'Event', children: ['Career Fair', 'Conference', 'University Event'] },
      { label: 'Other' },
    ],
    phoneCodes: [
      { label: 'Australia (+61)' }, { label: 'Canada (+1)' }, { label: 'France (+33)' }, { label: 'Germany (+49)' }, { label: 'India (+91)' },
      { label: 'Ireland (+353)' }, { label: 'Mexico (+52)' }, { label: 'United Kingdom (+44)' }, { label: 'United States Minor Outlying Islands (+1)' },
      { label: 'United States of America (+1)' },
    ],
    schools: [
      { label: 'Berkeley College' }, { label: 'California State University, East Bay' }, { label: 'Stanford University' },
      { label: 'University of California, Berkeley' }, { label: 'University of California, Davis' }, { label: 'University of California, Los Angeles' },
      { label: 'University of Connecticut' }, { label: 'University of Hartford' }, { label: 'Other' },
    ],
    studies: [
      { label: 'Business', children: ['Accounting', 'Actuarial Science', 'Finance', 'Management Information Systems'] },
      { label: 'Engineering', children: ['Computer Engineering', 'Electrical Engineering', 'Industrial Engineering'] },
      { label: 'Science & Mathematics', children: ['Computer Science', 'Data Science', 'Mathematics', 'Physics', 'Statistics'] },
      { label: 'Other' },
    ],
    skills: [
      { label: 'Apache Airflow' }, { label: 'Apache Kafka' }, { label: 'Apache Spark' }, { label: 'AWS' }, { label: 'dbt' }, { label: 'Python' },
      { label: 'Snowflake' }, { label: 'SQL' }, { label: 'Tableau' }, { label: 'Terraform' },
    ],
  };

  let openList = null;
  function closeList() {
    if (openList) openList.remove();
    openList = null;
  }

  function wireDropdown(button) {
    const list = button.nextElementSibling;
    if (list.dataset.options) for (const label of LISTS[list.dataset.options]) {
      const option = document.createElement('li');
      option.setAttribute('role', 'option');
      option.textContent = label;
      list.append(option);
    }
    button.addEventListener('click', () => {
      for (const other of host.querySelectorAll('[role="listbox"]')) if (other !== list) other.hidden = true;
      list.hidden = !list.hidden;
      button.setAttribute('aria-expanded', String(!list.hidden));
    });
    for (const option of list.querySelectorAll('[role="option"]')) {
      option.addEventListener('click', () => {
        button.textContent = option.textContent;
        button.dataset.value = option.textContent;
        for (const each of list.children) each.setAttribute('aria-selected', String(each === option));
        list.hidden = true;
        button.setAttribute('aria-expanded', 'false');
      });
    }
  }

  function wirePrompt(container) {
    const entries = PROMPTS[container.dataset.prompt];
    const input = container.querySelector('input');
    const pills = container.querySelector('[data-automation-id="selectedItemList"]');
    const multi = container.dataset.multi === 'true';
    const leaves = entries.flatMap((entry) => (entry.children ? entry.children.map((child) => ({ label: child, path: entry.label })) : [{ label: entry.label }]));

    function choose(label) {
      if (!multi) pills.replaceChildren();
      if (![...pills.querySelectorAll('p')].some((p) => p.textContent === label)) {
        const pill = document.createElement('li');
        pill.setAttribute('data-automation-id', 'selectedItem');
        pill.innerHTML = '<p data-automation-id="promptSelectionLabel"></p><button type="button" data-automation-id="DELETE_charm" aria-label="Remove item"></button>';
        pill.querySelector('p').textContent = label;
        pill.querySelector('button').addEventListener('click', (event) => {
          event.stopPropagation();
          pill.remove();
        });
        pills.append(pill);
      }
      input.value = '';
      closeList();
    }

    function show(rows, back) {
      closeList();
      const list = document.createElement('div');
      list.setAttribute('data-automation-id', 'activeListContainer');
      list.setAttribute('role', 'listbox');
      const box = container.getBoundingClientRect();
      list.style.left = `${box.left + window.scrollX}px`;
      list.style.top = `${box.bottom + window.scrollY + 2}px`;
      if (back) {
        const up = document.createElement('div');
        up.setAttribute('data-automation-id', 'promptBack');
        up.setAttribute('role', 'button');
        up.textContent = `\u2039 ${back}`;
        up.addEventListener('mousedown', (event) => { event.preventDefault(); show(entries); });
        list.append(up);
      }
      if (rows.length === 0) list.insertAdjacentHTML('beforeend', '<div data-automation-id="promptNoResults">No Items.</div>');
      for (const row of rows) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.setAttribute('data-automation-id', 'promptOption');
        option.textContent = row.label;
        if (row.children) option.setAttribute('aria-haspopup', 'true');
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          if (row.children) show(row.children.map((label) => ({ label })), row.label);
          else choose(row.label);
        });
        list.append(option);
      }
      document.body.append(list);
      openList = list;
    }

    const refresh = () => {
      const needle = input.value.trim().toLowerCase();
      show(needle ? leaves.filter((leaf) => leaf.label.toLowerCase().includes(needle)) : entries);
    };
    input.addEventListener('focus', refresh);
    input.addEventListener('click', refresh);
    input.addEventListener('input', refresh);
    input.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeList(); });
    input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) closeList(); }, 120));
  }

  function wireDate(input) {
    input.addEventListener('blur', () => {
      const digits = input.value.replace(/\D/g, '');
      if (digits && input.maxLength === 2) input.value = digits.padStart(2, '0').slice(-2);
    });
  }

  function render(index) {
    closeList();
    const template = document.getElementById(`step-${index + 1}`);
    host.replaceChildren(template.content.cloneNode(true));
    const ids = {};
    for (const input of host.querySelectorAll('[data-gen-id]')) input.id = ids[input.dataset.genId] = `input-${random()}`;
    for (const label of host.querySelectorAll('[data-gen-for]')) label.htmlFor = ids[label.dataset.genFor];
    for (const button of host.querySelectorAll('button[aria-haspopup="listbox"]')) wireDropdown(button);
    for (const container of host.querySelectorAll('[data-prompt]')) wirePrompt(container);
    for (const input of host.querySelectorAll('.date-widget input')) wireDate(input);
    progress.forEach((item, at) => item.setAttribute('aria-current', String(at === index)));
    document.getElementById('wd-back').hidden = index === 0;
    step = index;
  }

  function missingRequired() {
    const missing = [];
    for (const field of host.querySelectorAll('input[aria-required="true"], button[aria-required="true"]')) {
      if (field.localName === 'button' ? !field.dataset.value : field.type === 'checkbox' ? !field.checked : field.type === 'file' ? field.files.length === 0 : field.value.trim() === '') missing.push(field);
    }
    for (const group of host.querySelectorAll('[role="radiogroup"][aria-required="true"]')) if (!group.querySelector('input:checked')) missing.push(group);
    for (const prompt of host.querySelectorAll('[data-prompt][data-required="true"]')) if (!prompt.querySelector('[data-automation-id="selectedItem"]')) missing.push(prompt);
    for (const group of host.querySelectorAll('[data-one-of="true"]')) if (group.querySelectorAll('input:checked').length !== 1) missing.push(group);
    for (const field of host.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    for (const field of missing) field.setAttribute('aria-invalid', 'true');
    const banner = document.getElementById('wd-errors');
    banner.hidden = missing.length === 0;
    banner.textContent = missing.length ? `Errors Found: ${missing.length} required field(s) need your attention.` : '';
    return missing.length > 0;
  }

  document.addEventListener('mousedown', (event) => {
    if (openList && !openList.contains(event.target) && !event.target.closest('[data-prompt]')) closeList();
  });
  document.getElementById('wd-next').addEventListener('click', () => {
    if (missingRequired()) return;
    const last = document.querySelectorAll('template[id^="step-"]').length - 1;
    if (step < last) render(step + 1);
    if (step === last) {
      document.getElementById('wd-next').hidden = true;
      document.getElementById('wd-submit').hidden = false;
    }
  });
  document.getElementById('wd-submit').addEventListener('click', () => {
    if (missingRequired()) return;
    document.getElementById('wd-apply').hidden = true;
    document.getElementById('wd-done').hidden = false;
  });
  render(0);
})();

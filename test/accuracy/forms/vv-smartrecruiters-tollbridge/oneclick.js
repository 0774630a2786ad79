/* SmartRecruiters-style apply flow: one route per step in the URL hash (#/apply/<step>), each step
 * rendered afresh from the application state; the state is mirrored into <pre id="model">. */
(() => {
  const CFG = window.SR_POSTING;
  const STEPS = [
    ['personal-information', 'Personal information'],
    ['resume', 'Resume'],
    ['experience', 'Experience & education'],
    ['questions', 'Screening questions'],
    ['voluntary', 'Voluntary self-identification'],
    ['review', 'Review'],
  ];
  const PLACES = ['San Francisco, CA, United States', 'South San Francisco, CA, United States', 'San Francisco de Macorís, Duarte, Dominican Republic', 'San Fernando, CA, United States', 'Santa Fe, NM, United States', 'Denver, CO, United States', 'Austin, TX, United States', 'Seattle, WA, United States'];
  const state = {
    firstName: '', lastName: '', email: '', confirmEmail: '', location: null, locationText: '', phoneCountry: 'US', phoneNumber: '',
    resume: null, message: '',
    experience: [{ title: '', company: '', officeLocation: '', description: '', fromMonth: '', fromYear: '', toMonth: '', toYear: '', current: false }],
    education: [{ institution: '', major: '', degree: '', schoolLocation: '', fromYear: '', toYear: '', current: false }],
    linkedin: '', website: '', twitter: '',
    answers: {}, eeo: { gender: null, race: null, veteran: null, disability: null }, privacy: false,
  };
  const files = {};
  const app = document.getElementById('oc-app');
  const model = document.getElementById('model');
  const sync = () => { model.textContent = JSON.stringify({ ...state, resume: state.resume && state.resume.name }, null, 2); };
  const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const current = () => { const m = location.hash.match(/^#\/apply\/([\w-]+)/); const i = STEPS.findIndex((s) => m && s[0] === m[1]); return i < 0 ? 0 : i; };
  const get = (path) => path.split('.').reduce((o, k) => o?.[k], state);
  const set = (path, v) => { const ks = path.split('.'); const last = ks.pop(); ks.reduce((o, k) => o[k], state)[last] = v; sync(); };
  const input = (path, id, label, { type = 'text', req = false, ph = '', auto = '' } = {}) =>
    `<spl-input class="spl-form-element" name="${path}"><label class="spl-label" for="${id}">${label}${req ? ' <span class="req" aria-hidden="true">*</span>' : ''}</label>` +
    `<input class="spl-input" id="${id}" type="${type}" data-bind="${path}" value="${esc(get(path))}"${req ? ' required aria-required="true"' : ''}${ph ? ` placeholder="${ph}"` : ''}${auto ? ` autocomplete="${auto}"` : ''}></spl-input>`;
  const months = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const select = (path, id, label, options, { req = false, empty = 'Select' } = {}) =>
    `<spl-select class="spl-form-element" name="${path}"><label class="spl-label" for="${id}">${label}${req ? ' <span class="req">*</span>' : ''}</label><select id="${id}" data-bind="${path}"${req ? ' required' : ''}><option value="">${empty}</option>` +
    options.map((o) => `<option value="${esc(o)}"${get(path) === o ? ' selected' : ''}>${esc(o)}</option>`).join('') + '</select></spl-select>';
  const check = (path, id, label) => `<spl-checkbox class="spl-form-element"><input type="checkbox" id="${id}" data-bind="${path}"${get(path) ? ' checked' : ''}><label for="${id}">${label}</label></spl-checkbox>`;
  const radios = (path, name, legend, options, req) =>
    `<fieldset class="spl-radio-group" role="radiogroup"${req ? ' aria-required="true"' : ''}><legend class="spl-label">${legend}${req ? ' <span class="req">*</span>' : ''}</legend>` +
    options.map((o, i) => `<div class="spl-radio"><input type="radio" id="${name}-${i}" name="${name}" data-bind="${path}" value="${esc(o)}"${get(path) === o ? ' checked' : ''}><label for="${name}-${i}">${esc(o)}</label></div>`).join('') + '</fieldset>';
  const years = Array.from({ length: 50 }, (_, i) => String(2027 - i));

  const views = {
    'personal-information': () => `
      <h2 class="oc-step-title">Personal information</h2>
      <div class="oc-row">${input('firstName', 'first-name-input', 'First name', { req: true, auto: 'given-name' })}${input('lastName', 'last-name-input', 'Last name', { req: true, auto: 'family-name' })}</div>
      ${input('email', 'email-input', 'Email', { type: 'email', req: true, auto: 'email' })}
      ${input('confirmEmail', 'confirm-email-input', 'Confirm your email', { type: 'email', req: true })}
      <spl-autocomplete class="spl-form-element" name="location"><label class="spl-label" for="location-input">Location <span class="req">*</span></label>
        <input id="location-input" class="spl-input" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="location-listbox" placeholder="Start typing your city" value="${esc(state.locationText)}" autocomplete="off">
        <ul id="location-listbox" role="listbox" class="spl-dropdown" hidden></ul></spl-autocomplete>
      <spl-phone-field class="spl-form-element" name="phoneNumber"><label class="spl-label" for="phone-number-input">Phone number <span class="req">*</span></label>
        <div class="oc-phone"><select id="phone-country-select" aria-label="Country code" data-bind="phoneCountry">${[['CA', 'Canada (+1)'], ['DO', 'Dominican Republic (+1)'], ['MX', 'Mexico (+52)'], ['GB', 'United Kingdom (+44)'], ['US', 'United States (+1)']].map(([v, t]) => `<option value="${v}"${state.phoneCountry === v ? ' selected' : ''}>${t}</option>`).join('')}</select>
        <input id="phone-number-input" class="spl-input" type="tel" data-bind="phoneNumber" value="${esc(state.phoneNumber)}" required></div></spl-phone-field>`,
    resume: () => `
      <h2 class="oc-step-title">Resume</h2>
      <div class="oc-upload"><p>Upload your resume. Accepted formats: PDF, DOC, DOCX, ODT, RTF (max 5 MB).</p>
        <label for="resume-upload-input" class="spl-btn">Choose a file</label><input type="file" id="resume-upload-input" class="oc-hidden-file" accept=".pdf,.doc,.docx,.odt,.rtf" data-file="resume">
        <p id="resume-name">${state.resume ? esc(state.resume.name) : 'No file chosen'}</p></div>
      <spl-textarea class="spl-form-element" name="message"><label class="spl-label" for="hiring-team-message">Message to the Hiring Team</label>
        <textarea id="hiring-team-message" data-bind="message" rows="6" maxlength="4000" placeholder="Add a cover letter or a note for the hiring team">${esc(state.message)}</textarea></spl-textarea>`,
    experience: () => `
      <h2 class="oc-step-title">Experience</h2><p class="oc-hint">Start with your current or most recent position.</p>
      ${state.experience.map((e, i) => `<div class="oc-entry" data-entry="experience-${i}"><h3>Position ${i + 1}</h3>
        ${input(`experience.${i}.title`, `experience-${i}-title`, 'Title', { req: true })}
        ${input(`experience.${i}.company`, `experience-${i}-company`, 'Company', { req: true })}
        ${input(`experience.${i}.officeLocation`, `experience-${i}-office-location`, 'Office location')}
        ${check(`experience.${i}.current`, `experience-${i}-current`, 'I currently work here')}
        <div class="oc-row">${select(`experience.${i}.fromMonth`, `experience-${i}-from-month`, 'From (month)', months.slice(1))}${select(`experience.${i}.fromYear`, `experience-${i}-from-year`, 'From (year)', years)}</div>
        ${e.current ? '' : `<div class="oc-row">${select(`experience.${i}.toMonth`, `experience-${i}-to-month`, 'To (month)', months.slice(1))}${select(`experience.${i}.toYear`, `experience-${i}-to-year`, 'To (year)', years)}</div>`}
        <spl-textarea class="spl-form-element"><label class="spl-label" for="experience-${i}-description">Description</label><textarea id="experience-${i}-description" data-bind="experience.${i}.description" rows="3">${esc(e.description)}</textarea></spl-textarea></div>`).join('')}
      <button type="button" class="spl-btn spl-btn--link" id="add-experience">+ Add another position</button>
      <h2 class="oc-step-title">Education</h2>
      ${state.education.map((e, i) => `<div class="oc-entry" data-entry="education-${i}"><h3>Education ${i + 1}</h3>
        ${input(`education.${i}.institution`, `education-${i}-institution`, 'Institution', { req: true })}
        ${input(`education.${i}.major`, `education-${i}-major`, 'Major')}
        ${input(`education.${i}.degree`, `education-${i}-degree`, 'Degree')}
        ${input(`education.${i}.schoolLocation`, `education-${i}-school-location`, 'School location')}
        ${check(`education.${i}.current`, `education-${i}-current`, 'I currently attend')}
        <div class="oc-row">${select(`education.${i}.fromYear`, `education-${i}-from-year`, 'From', years)}${select(`education.${i}.toYear`, `education-${i}-to-year`, 'To (or expected)', years)}</div></div>`).join('')}
      <button type="button" class="spl-btn spl-btn--link" id="add-education">+ Add another education</button>
      <h2 class="oc-step-title">On the web</h2>
      ${input('linkedin', 'linkedin-input', 'LinkedIn', { type: 'url' })}${input('website', 'website-input', 'Website', { type: 'url' })}${input('twitter', 'twitter-input', 'X (Twitter)', { type: 'url' })}`,
    questions: () => `
      <h2 class="oc-step-title">Screening questions</h2><p class="oc-hint">${esc(CFG.company)} asks a few questions about this position.</p>
      ${CFG.questions.map((q) => {
        const path = `answers.${q.id}`;
        if (q.type === 'radio') return `<div class="oc-question" id="question-${q.id}">${radios(path, `q-${q.id}`, esc(q.text), q.options, q.required)}</div>`;
        if (q.type === 'select') return `<div class="oc-question" id="question-${q.id}">${select(path, `q-${q.id}`, esc(q.text), q.options, { req: q.required })}</div>`;
        if (q.type === 'checkbox') return `<div class="oc-question" id="question-${q.id}">${check(path, `q-${q.id}`, esc(q.text))}</div>`;
        if (q.type === 'textarea') return `<div class="oc-question" id="question-${q.id}"><spl-textarea class="spl-form-element"><label class="spl-label" for="q-${q.id}">${esc(q.text)}</label><textarea id="q-${q.id}" data-bind="${path}" rows="4">${esc(get(path))}</textarea></spl-textarea></div>`;
        return `<div class="oc-question" id="question-${q.id}">${input(path, `q-${q.id}`, esc(q.text), { req: q.required, ph: q.placeholder || '' })}</div>`;
      }).join('')}`,
    voluntary: () => `
      <h2 class="oc-step-title">Voluntary self-identification</h2>
      <p class="oc-hint">${esc(CFG.company)} is an equal opportunity employer. Answering is voluntary; your answers are kept apart from your application.</p>
      ${radios('eeo.gender', 'eeo-gender', 'Gender', ['Female', 'Male', 'Non-binary', 'Decline to self-identify'])}
      ${select('eeo.race', 'eeo-race', 'Race / ethnicity', ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Hispanic or Latino', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or more races', 'Decline to self-identify'])}
      ${radios('eeo.veteran', 'eeo-veteran', 'Veteran status', ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'])}
      ${radios('eeo.disability', 'eeo-disability', 'Disability status', ['Yes, I have a disability (or previously had one)', 'No, I do not have a disability', 'I do not wish to answer'])}
      ${check('privacy', 'privacy-policy-checkbox', `I have read and agree to the ${esc(CFG.company)} <a href="#">Privacy Policy</a> *`)}`,
    review: () => `
      <h2 class="oc-step-title">Review your application</h2>
      <dl class="oc-review">
        <dt>Name</dt><dd>${esc(state.firstName)} ${esc(state.lastName)}</dd><dt>Email</dt><dd>${esc(state.email)}</dd>
        <dt>Location</dt><dd>${esc(state.locationText)}</dd><dt>Resume</dt><dd>${state.resume ? esc(state.resume.name) : '—'}</dd>
        <dt>Positions</dt><dd>${state.experience.filter((e) => e.title).length}</dd></dl>`,
  };

  function validate(step) {
    const bad = [];
    for (const el of app.querySelectorAll('[required]')) if (!String(el.value).trim()) bad.push(el);
    if (step === 'personal-information') {
      if (!state.location) bad.push(app.querySelector('#location-input'));
      const c = app.querySelector('#confirm-email-input');
      if (c.value && c.value !== state.email) bad.push(c);
    }
    if (step === 'experience') {
      const keep = bad.filter((el) => !/^(experience|education)-\d+-/.test(el.id) || !entryEmpty(el.id));
      bad.length = 0; bad.push(...keep);
    }
    if (step === 'resume' && !state.resume) bad.push(app.querySelector('#resume-upload-input'));
    for (const q of step === 'questions' ? CFG.questions : []) if (q.required && (state.answers[q.id] === undefined || state.answers[q.id] === '')) bad.push(app.querySelector(`#question-${q.id}`));
    if (step === 'voluntary' && !state.privacy) bad.push(app.querySelector('#privacy-policy-checkbox'));
    mark(bad);
    return bad.length === 0;
  }
  function entryEmpty(id) {
    const [, kind, i] = id.match(/^(experience|education)-(\d+)-/);
    const e = state[kind][+i];
    return Object.entries(e).every(([k, v]) => k === 'current' ? !v : !v);
  }
  function mark(bad) {
    app.querySelectorAll('.oc-error').forEach((e) => e.remove());
    for (const el of bad) if (el) el.insertAdjacentHTML('afterend', '<div class="oc-error" role="alert">This field is required</div>');
  }

  function render() {
    const i = current();
    const [key] = STEPS[i];
    document.querySelectorAll('.oc-stepper li').forEach((li, k) => { li.className = k === i ? 'active' : k < i ? 'done' : ''; li.setAttribute('aria-current', k === i ? 'step' : 'false'); });
    app.innerHTML = `<form id="oc-step-form" novalidate data-step="${key}">${views[key]()}
      <div class="oc-actions">${i > 0 ? '<button type="button" class="spl-btn spl-btn--secondary" id="oc-back">Back</button>' : '<span></span>'}
      ${i < STEPS.length - 1 ? '<button type="button" class="spl-btn" id="oc-next" data-test="footer-next">Next</button>' : '<button type="submit" class="spl-btn" id="oc-submit" data-test="footer-submit">Submit application</button>'}</div></form>`;
    for (const el of app.querySelectorAll('[data-bind]')) {
      const path = el.dataset.bind;
      const ev = el.type === 'checkbox' || el.type === 'radio' || el.localName === 'select' ? 'change' : 'input';
      el.addEventListener(ev, () => {
        set(path, el.type === 'checkbox' ? el.checked : el.value);
        if (/\.current$/.test(path)) render();
      });
    }
    for (const el of app.querySelectorAll('[data-file]')) {
      if (files[el.dataset.file]) { const dt = new DataTransfer(); dt.items.add(files[el.dataset.file]); el.files = dt.files; }
      el.addEventListener('change', () => {
        const f = el.files[0] || null; files[el.dataset.file] = f;
        state[el.dataset.file] = f && { name: f.name, size: f.size };
        app.querySelector('#resume-name').textContent = f ? f.name : 'No file chosen'; sync();
      });
    }
    const loc = app.querySelector('#location-input');
    if (loc) {
      const list = app.querySelector('#location-listbox');
      let timer;
      loc.addEventListener('input', () => {
        state.locationText = loc.value; state.location = null; sync();
        clearTimeout(timer);
        timer = setTimeout(() => {
          const q = loc.value.trim().toLowerCase();
          const hits = q.length < 2 ? [] : PLACES.filter((p) => p.toLowerCase().includes(q));
          list.innerHTML = hits.map((p, k) => `<li role="option" id="location-option-${k}" class="spl-dropdown-item">${p}</li>`).join('');
          list.hidden = !hits.length; loc.setAttribute('aria-expanded', String(!!hits.length));
          for (const li of list.children) li.addEventListener('mousedown', (e) => {
            e.preventDefault();
            const [city, region, country] = li.textContent.split(', ');
            state.location = { city, region, country }; state.locationText = li.textContent; loc.value = li.textContent;
            list.hidden = true; loc.setAttribute('aria-expanded', 'false'); sync();
          });
        }, 250);
      });
      loc.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
    }
    const addE = app.querySelector('#add-experience');
    if (addE) addE.addEventListener('click', () => { state.experience.push({ title: '', company: '', officeLocation: '', description: '', fromMonth: '', fromYear: '', toMonth: '', toYear: '', current: false }); render(); });
    const addEd = app.querySelector('#add-education');
    if (addEd) addEd.addEventListener('click', () => { state.education.push({ institution: '', major: '', degree: '', schoolLocation: '', fromYear: '', toYear: '', current: false }); render(); });
    const next = app.querySelector('#oc-next');
    if (next) next.addEventListener('click', () => { if (validate(key)) location.hash = `#/apply/${STEPS[i + 1][0]}`; });
    const back = app.querySelector('#oc-back');
    if (back) back.addEventListener('click', () => { location.hash = `#/apply/${STEPS[i - 1][0]}`; });
    app.querySelector('#oc-step-form').addEventListener('submit', (e) => {
      e.preventDefault();
      app.innerHTML = '';
      document.getElementById('oc-done').hidden = false;
    });
    sync();
    window.scrollTo(0, 0);
  }
  window.addEventListener('hashchange', render);
  if (!/^#\/apply\//.test(location.hash)) history.replaceState(null, '', `#/apply/${STEPS[0][0]}`);
  render();
})();

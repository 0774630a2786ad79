/*
 * Harborlight Freight Systems' careers site: the small ATS renders each posting's application from
 * a JSON description (the same script on every posting) and then enhances it with the plugins the
 * agency picked: SlimSelect over the native selects (country, state, years, sponsorship, skills,
 * languages, "how did you hear"), Air Datepicker on the start-date box (the box keeps what is typed;
 * the calendar only helps), and IMask for the US phone and the "$" salary. The form posts its
 * FormData; the state the page would send is written into <pre id="model">.
 */
import 'slim-select/styles';
import 'air-datepicker/air-datepicker.css';
import SlimSelect from 'slim-select';
import AirDatepicker from 'air-datepicker';
import localeEn from 'air-datepicker/locale/en';
import IMask from 'imask';
import countries from 'world-countries';

const STATES = [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'], ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming']];
const COUNTRIES = countries.map((c) => [c.cca2, c.name.common]).sort((a, b) => a[1].localeCompare(b[1]));
const SKILLS = ['Python', 'SQL', 'dbt', 'Airflow', 'Dagster', 'Kafka', 'Spark', 'Flink', 'Snowflake', 'BigQuery', 'Redshift', 'Terraform', 'Kubernetes', 'Looker', 'Tableau'];
const LANGUAGES = ['English', 'Spanish', 'Mandarin', 'Cantonese', 'Tagalog', 'Vietnamese', 'Korean', 'Portuguese', 'French', 'German'];

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const opts = (list, blank) => (blank ? `<option data-placeholder="true" value="">${esc(blank)}</option>` : '') +
  list.map((o) => (Array.isArray(o) ? `<option value="${esc(o[0])}">${esc(o[1])}</option>` : `<option value="${esc(o)}">${esc(o)}</option>`)).join('');

function questionHtml(q) {
  const name = `answers[${q.id}]`;
  const req = q.required ? ' <abbr title="required">*</abbr>' : '';
  const hint = q.hint ? `<p class="hl-hint" id="hint_${q.id}">${esc(q.hint)}</p>` : '';
  if (q.type === 'radio')
    return `<fieldset class="hl-field hl-radios"><legend>${esc(q.label)}${req}</legend>${q.options
      .map((o, i) => `<label><input type="radio" name="${name}" id="q_${q.id}_${i}" value="${esc(o)}"> ${esc(o)}</label>`).join('')}${hint}</fieldset>`;
  if (q.type === 'select')
    return `<div class="hl-field" data-field="q_${q.id}"><label for="q_${q.id}">${esc(q.label)}${req}</label><select id="q_${q.id}" name="${name}" class="hl-slim">${opts(q.options, 'Select an option')}</select>${hint}</div>`;
  if (q.type === 'textarea')
    return `<div class="hl-field"><label for="q_${q.id}">${esc(q.label)}${req}</label><textarea id="q_${q.id}" name="${name}" rows="4"></textarea>${hint}</div>`;
  return `<div class="hl-field"><label for="q_${q.id}">${esc(q.label)}${req}</label><input id="q_${q.id}" name="${name}" type="text"${q.placeholder ? ` placeholder="${esc(q.placeholder)}"` : ''}>${hint}</div>`;
}

export function renderApplication(posting) {
  document.title = `${posting.title} — Careers at Harborlight Freight Systems`;
  const app = document.getElementById('app');
  app.innerHTML = `
  <section class="hl-job">
    <p class="hl-crumbs"><a href="#">Careers</a> / <a href="#">${esc(posting.team)}</a></p>
    <h1>${esc(posting.title)}</h1>
    <p class="hl-meta">${esc(posting.where)} · Full-time · Req ${esc(posting.req)}</p>
    ${posting.blurb.map((p) => `<p>${esc(p)}</p>`).join('')}
  </section>
  <form id="hl-apply" class="hl-form" action="/careers/${esc(posting.req)}/applications" method="post" enctype="multipart/form-data" novalidate>
    <input type="hidden" name="authenticity_token" value="hQm2x8Jf0aLw">
    <input type="hidden" name="posting" value="${esc(posting.req)}">
    <h2>About you</h2>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_given_name">Given name <abbr title="required">*</abbr></label><input id="applicant_given_name" name="applicant[given_name]" autocomplete="off"></div>
      <div class="hl-field"><label for="applicant_family_name">Family name <abbr title="required">*</abbr></label><input id="applicant_family_name" name="applicant[family_name]" autocomplete="off"></div>
    </div>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_email">Email address <abbr title="required">*</abbr></label><input id="applicant_email" name="applicant[email]" type="email"></div>
      <div class="hl-field"><label for="applicant_mobile">Mobile number <abbr title="required">*</abbr></label><input id="applicant_mobile" name="applicant[mobile]" type="tel" placeholder="(555) 555-5555"><p class="hl-hint">US numbers only — we text interview reminders.</p></div>
    </div>
    <div class="hl-row">
      <div class="hl-field" data-field="country"><label for="applicant_country">Country of residence <abbr title="required">*</abbr></label><select id="applicant_country" name="applicant[country]" class="hl-slim">${opts(COUNTRIES, 'Choose a country')}</select></div>
      <div class="hl-field" data-field="state"><label for="applicant_state">State</label><select id="applicant_state" name="applicant[state]" class="hl-slim">${opts(STATES, 'Choose a state')}</select></div>
    </div>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_town">Town / city <abbr title="required">*</abbr></label><input id="applicant_town" name="applicant[town]"></div>
      <div class="hl-field"><label for="applicant_linkedin">LinkedIn</label><input id="applicant_linkedin" name="applicant[linkedin]" placeholder="linkedin.com/in/your-name"></div>
    </div>

    <h2>Experience</h2>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_employer">Who do you work for now?</label><input id="applicant_employer" name="applicant[employer]"><p class="hl-hint">Leave blank if you're between roles.</p></div>
      <div class="hl-field" data-field="years"><label for="applicant_years">Professional experience <abbr title="required">*</abbr></label><select id="applicant_years" name="applicant[years]" class="hl-slim">${opts(['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'], 'How long have you been working?')}</select></div>
    </div>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_education">Highest qualification</label><select id="applicant_education" name="applicant[education]"><option value="">—</option><option value="hs">High school diploma / GED</option><option value="assoc">Associate degree</option><option value="bs">Four-year degree (BA/BS)</option><option value="ms">Master's degree</option><option value="phd">Doctorate</option></select></div>
      <div class="hl-field" data-field="skills"><label for="applicant_skills">Tools you use every week</label><select id="applicant_skills" name="applicant[skills][]" multiple class="hl-slim">${opts(SKILLS)}</select></div>
    </div>
    <div class="hl-field" data-field="languages"><label for="applicant_languages">Languages you can work in</label><select id="applicant_languages" name="applicant[languages][]" multiple class="hl-slim">${opts(LANGUAGES)}</select></div>

    <h2>Logistics</h2>
    <div class="hl-row">
      <div class="hl-field"><label for="applicant_available_from">Available from <abbr title="required">*</abbr></label><input id="applicant_available_from" name="applicant[available_from]" placeholder="MM/DD/YYYY" autocomplete="off"></div>
      <div class="hl-field"><label for="applicant_salary">Base salary you're targeting</label><input id="applicant_salary" name="applicant[salary]" inputmode="numeric" placeholder="$"><p class="hl-hint">Annual, USD. Our range for this role is ${esc(posting.range)}.</p></div>
    </div>
    <fieldset class="hl-field hl-radios"><legend>Can you legally work in the United States? <abbr title="required">*</abbr></legend>
      <label><input type="radio" name="applicant[us_work]" id="us_work_yes" value="yes"> Yes</label>
      <label><input type="radio" name="applicant[us_work]" id="us_work_no" value="no"> No</label></fieldset>
    <div class="hl-field" data-field="visa"><label for="applicant_visa">Visa support <abbr title="required">*</abbr></label><select id="applicant_visa" name="applicant[visa]" class="hl-slim">${opts([['needs', 'I will need Harborlight to sponsor a visa, now or later'], ['none', 'I will not need visa sponsorship']], 'Select one')}</select></div>
    ${posting.questions.map(questionHtml).join('\n')}

    <h2>Documents</h2>
    <div class="hl-field"><span class="hl-label" id="cv_label">CV / résumé <abbr title="required">*</abbr></span>
      <label class="hl-drop" for="applicant_cv"><strong>Drop a file or browse</strong><span>PDF, DOC or DOCX, up to 10 MB</span><span id="cv_name" class="hl-file"></span></label>
      <input type="file" id="applicant_cv" name="applicant[cv]" accept=".pdf,.doc,.docx" aria-labelledby="cv_label" class="hl-visually-hidden"></div>
    <div class="hl-field"><label for="applicant_note">Note to the hiring team</label><textarea id="applicant_note" name="applicant[note]" rows="6" placeholder="A few lines on why this role — or paste your cover letter"></textarea></div>

    <h2>Voluntary self-identification</h2>
    <div class="hl-row">
      <div class="hl-field" data-field="heard"><label for="applicant_heard">Where did you see this role?</label><select id="applicant_heard" name="applicant[heard]" class="hl-slim">${opts(['LinkedIn', 'Indeed', 'Built In', 'A Harborlight employee', 'Conference or meetup', 'Other'], 'Select')}</select></div>
      <div class="hl-field"><label for="eeo_gender">Gender</label><select id="eeo_gender" name="eeo[gender]"><option value="">Decline to self-identify</option><option>Woman</option><option>Man</option><option>Non-binary</option></select></div>
    </div>
    <div class="hl-field"><label for="eeo_veteran">Protected veteran status</label><select id="eeo_veteran" name="eeo[veteran]"><option value="">Decline to self-identify</option><option>I am a protected veteran</option><option>I am not a protected veteran</option></select></div>
    <label class="hl-check"><input type="checkbox" id="applicant_privacy" name="applicant[privacy]" value="1"> I have read the <a href="#">candidate privacy notice</a> and agree that Harborlight may keep my application for 24 months.</label>
    <p id="hl-error" class="hl-error" hidden>Some required answers are missing.</p>
    <button type="submit" id="hl-submit" class="hl-btn">Send application</button>
  </form>
  <div id="hl-done" hidden><h2>Thanks — your application is in.</h2><p>We'll get back to you within ten working days.</p></div>`;

  const form = document.getElementById('hl-apply');
  const slims = {};
  for (const select of form.querySelectorAll('select.hl-slim')) {
    const multiple = select.multiple;
    slims[select.id] = new SlimSelect({
      select,
      settings: {
        showSearch: select.options.length > 12 || multiple,
        placeholderText: multiple ? 'Select all that apply' : select.options[0]?.textContent,
        allowDeselect: !select.required,
        closeOnSelect: !multiple,
      },
      events: { afterChange: () => renderModel() },
    });
  }
  const mobile = IMask(document.getElementById('applicant_mobile'), { mask: '(000) 000-0000' });
  const salary = IMask(document.getElementById('applicant_salary'), {
    mask: '$num',
    blocks: { num: { mask: Number, thousandsSeparator: ',', scale: 0, min: 0, max: 9999999 } },
  });
  mobile.on('accept', () => renderModel());
  salary.on('accept', () => renderModel());
  new AirDatepicker('#applicant_available_from', {
    locale: localeEn,
    dateFormat: 'MM/dd/yyyy',
    minDate: new Date(),
    autoClose: true,
    onSelect: () => renderModel(),
  });
  const cv = document.getElementById('applicant_cv');
  cv.addEventListener('change', () => { document.getElementById('cv_name').textContent = cv.files[0] ? `✔ ${cv.files[0].name}` : ''; });

  function readModel() {
    const data = new FormData(form);
    const one = (name) => data.get(name) ?? '';
    const answers = {};
    for (const q of posting.questions) answers[q.id] = one(`answers[${q.id}]`);
    return {
      givenName: one('applicant[given_name]'), familyName: one('applicant[family_name]'), email: one('applicant[email]'),
      mobile: one('applicant[mobile]'), mobileDigits: mobile.unmaskedValue,
      country: one('applicant[country]'), state: one('applicant[state]'), town: one('applicant[town]'), linkedin: one('applicant[linkedin]'),
      employer: one('applicant[employer]'), years: one('applicant[years]'), education: one('applicant[education]'),
      skills: data.getAll('applicant[skills][]'), languages: data.getAll('applicant[languages][]'),
      availableFrom: one('applicant[available_from]'), salary: salary.unmaskedValue.replace(/,/g, ''),
      usWork: one('applicant[us_work]'), visa: one('applicant[visa]'), answers,
      cv: cv.files[0] ? cv.files[0].name : null, note: one('applicant[note]'),
      heard: one('applicant[heard]'), gender: one('eeo[gender]'), veteran: one('eeo[veteran]'), privacy: data.get('applicant[privacy]') === '1',
    };
  }
  function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
  form.addEventListener('input', renderModel);
  form.addEventListener('change', renderModel);
  renderModel();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const m = readModel();
    const missing = !m.givenName || !m.familyName || !m.email || m.mobileDigits.length !== 10 || !m.country || !m.town || !m.years
      || !m.availableFrom || !m.usWork || !m.visa || !m.cv || !m.privacy
      || posting.questions.some((q) => q.required && !m.answers[q.id]);
    document.getElementById('hl-error').hidden = !missing;
    if (missing) return;
    form.hidden = true;
    document.getElementById('hl-done').hidden = false;
  });
}

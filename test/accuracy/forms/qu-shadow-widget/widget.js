// Careers-site widget of the ATS (embed snippet): <rt-job-widget> renders the offer and, on demand, its application form
// inside an open shadow root.
(() => {
  const OFFER = {
  "company": "Saltpan Mobility",
  "title": "Senior Data Engineer, Charging Network",
  "meta": "Remote – United States · Engineering · Full-time",
  "description": "<p>Saltpan runs 6,800 fast chargers along US interstates. Every session streams meter values, faults and payments to our platform. You will own the pipelines that turn that stream into uptime reporting for the NEVI program and pricing inputs for our energy team.</p><ul><li>Several years of building batch and streaming pipelines</li><li>Python and SQL; Spark or Flink</li><li>OCPP knowledge is a bonus</li></ul><p>Compensation: $150,000 – $185,000 base.</p>",
  "questions": [
    {
      "id": 91201,
      "kind": "text",
      "label": "Where are you based?",
      "placeholder": "City, country",
      "required": true
    },
    {
      "id": 91202,
      "kind": "text",
      "label": "LinkedIn profile",
      "required": false
    },
    {
      "id": 91203,
      "kind": "radio",
      "label": "Do you have the right to work in the United States?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": 91204,
      "kind": "radio",
      "label": "Will you now or in the future need visa sponsorship to work for us?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": 91205,
      "kind": "select",
      "label": "How many years of experience do you have as a data engineer?",
      "options": [
        "0–2 years",
        "3–5 years",
        "6–9 years",
        "10+ years"
      ],
      "required": true
    },
    {
      "id": 91206,
      "kind": "text",
      "label": "What are your salary expectations (USD, gross per year)?",
      "required": false
    },
    {
      "id": 91207,
      "kind": "date",
      "label": "When could you start?",
      "required": false
    },
    {
      "id": 91208,
      "kind": "radio",
      "label": "Have you worked with OCPP or other EV-charging protocols?",
      "options": [
        "Yes",
        "No"
      ],
      "required": false
    },
    {
      "id": 91209,
      "kind": "textarea",
      "label": "Anything else you would like us to know?",
      "required": false
    }
  ]
};
  const css = `
    :host { display: block; font: 15px/1.5 system-ui, sans-serif; color: #222; }
    .card { background: #fff; border: 1px solid #e6e3dc; border-radius: 10px; padding: 24px 28px; }
    h1 { margin: 0 0 4px; font-size: 26px; } .meta { color: #666; margin-bottom: 14px; }
    .apply-toggle { background: #2d5bff; color: #fff; border: 0; border-radius: 8px; padding: 11px 22px; font-size: 15px; cursor: pointer; }
    form { margin-top: 20px; border-top: 1px solid #eee; padding-top: 14px; }
    .field { margin: 14px 0; }
    .field > label, .field > .q { display: block; font-weight: 600; font-size: 14px; margin-bottom: 4px; }
    .req::after { content: " *"; color: #d33; }
    input[type=text], input[type=email], input[type=tel], input[type=date], select, textarea { width: 100%; box-sizing: border-box; padding: 9px 11px; border: 1px solid #cfcfd6; border-radius: 6px; font: inherit; }
    textarea { min-height: 110px; }
    .upload { display: flex; gap: 10px; align-items: center; }
    .upload button { border: 1px dashed #2d5bff; color: #2d5bff; background: #f5f7ff; border-radius: 6px; padding: 8px 14px; cursor: pointer; }
    .upload input[type=file] { display: none; }
    .choices label { display: inline-flex; gap: 6px; margin-right: 18px; font-weight: 400; }
    .check { display: flex; gap: 8px; align-items: flex-start; font-size: 14px; margin: 8px 0; }
    .submit { background: #2d5bff; color: #fff; border: 0; border-radius: 8px; padding: 12px 26px; cursor: pointer; }
    .error { color: #d33; font-size: 13px; }
  `;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  function questionHtml(q) {
    const id = `offer_question_${q.id}`;
    const req = q.required ? ' req' : '';
    const reqAttr = q.required ? ' required' : '';
    const name = `candidate[open_question_answers_attributes][${q.id}][content]`;
    if (q.kind === 'radio') {
      return `<div class="field" role="radiogroup" aria-labelledby="${id}_q"><span class="q${req}" id="${id}_q">${esc(q.label)}</span><span class="choices">` +
        q.options.map((o, i) => `<label><input type="radio" name="${name}" value="${esc(o)}"${i === 0 ? reqAttr : ''}> ${esc(o)}</label>`).join('') + '</span></div>';
    }
    if (q.kind === 'select') {
      return `<div class="field"><label class="${req}" for="${id}">${esc(q.label)}</label><select id="${id}" name="${name}"${reqAttr}><option value="">Select an option</option>` +
        q.options.map((o) => `<option>${esc(o)}</option>`).join('') + '</select></div>';
    }
    if (q.kind === 'textarea') return `<div class="field"><label class="${req}" for="${id}">${esc(q.label)}</label><textarea id="${id}" name="${name}"${reqAttr}></textarea></div>`;
    const type = q.kind === 'date' ? 'date' : 'text';
    return `<div class="field"><label class="${req}" for="${id}">${esc(q.label)}</label><input type="${type}" id="${id}" name="${name}"${q.placeholder ? ` placeholder="${esc(q.placeholder)}"` : ''}${reqAttr}></div>`;
  }

  class RtJobWidget extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${css}</style><div class="card"><h1>${esc(OFFER.title)}</h1><div class="meta">${esc(OFFER.meta)}</div>${OFFER.description}
        <p><button type="button" class="apply-toggle">Apply for this job</button></p><div class="form-slot"></div></div>`;
      root.querySelector('.apply-toggle').addEventListener('click', () => this.openForm());
    }
    openForm() {
      const slot = this.shadowRoot.querySelector('.form-slot');
      if (slot.firstChild) return;
      this.shadowRoot.querySelector('.apply-toggle').hidden = true;
      slot.innerHTML = `<form id="offer-application-form" novalidate>
        <h2>Personal information</h2>
        <div class="field"><label class="req" for="candidate_name">Full name</label><input type="text" id="candidate_name" name="candidate[name]" autocomplete="name" required></div>
        <div class="field"><label class="req" for="candidate_email">Email address</label><input type="email" id="candidate_email" name="candidate[email]" required></div>
        <div class="field"><label for="candidate_phone">Phone number</label><input type="tel" id="candidate_phone" name="candidate[phone]" placeholder="+1 555 123 4567"></div>
        <div class="field"><span class="q">Photo</span><div class="upload"><button type="button" data-for="candidate_photo">Upload a photo</button><input type="file" id="candidate_photo" name="candidate[photo]" accept="image/*" aria-label="Photo"><span class="fname"></span></div></div>
        <div class="field"><span class="q req" id="cv_q">CV or resume</span><div class="upload"><button type="button" data-for="candidate_cv">Upload a file</button><input type="file" id="candidate_cv" name="candidate[cv]" accept=".pdf,.doc,.docx,.odt,.rtf" aria-labelledby="cv_q" required><span class="fname"></span></div></div>
        <div class="field"><label for="candidate_cover_letter">Cover letter</label><textarea id="candidate_cover_letter" name="candidate[cover_letter]" placeholder="Introduce yourself in a few sentences"></textarea></div>
        <h2>Questions</h2>
        ${OFFER.questions.map(questionHtml).join('')}
        <h2>Privacy</h2>
        <label class="check"><input type="checkbox" id="candidate_terms" name="candidate[terms_accepted]" required> I agree to the processing of my personal data by ${esc(OFFER.company)} for this application (see the privacy policy).</label>
        <label class="check"><input type="checkbox" id="candidate_pool" name="candidate[talent_pool]"> Keep my application on file for 12 months for other openings.</label>
        <p class="error" hidden>Please fill in the required fields.</p>
        <button type="submit" class="submit" id="offer-submit">Send application</button>
      </form><div id="offer-thanks" hidden><h2>Thanks, your application was sent!</h2></div>`;
      const form = slot.querySelector('form');
      for (const button of form.querySelectorAll('.upload button')) {
        const input = form.querySelector('#' + button.dataset.for);
        button.addEventListener('click', () => input.click());
        input.addEventListener('change', () => { button.nextElementSibling.nextElementSibling.textContent = input.files[0] ? input.files[0].name : ''; });
      }
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const missing = [...form.querySelectorAll('[required]')].filter((el) =>
          el.type === 'radio' ? !form.querySelector(`[name="${CSS.escape(el.name)}"]:checked`) : el.type === 'checkbox' ? !el.checked : el.type === 'file' ? !el.files.length : !el.value.trim());
        form.querySelector('.error').hidden = !missing.length;
        if (missing.length) return;
        form.hidden = true;
        slot.querySelector('#offer-thanks').hidden = false;
      });
    }
  }
  customElements.define('rt-job-widget', RtJobWidget);
})();

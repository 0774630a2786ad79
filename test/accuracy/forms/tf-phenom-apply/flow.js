/*
 * A Phenom-style apply flow written as the candidate meets it: five steps behind "Next" under a
 * step indicator, each step's markup rendered from the flow's state when it opens. Answers that
 * change what a section asks (country, "do you have a degree?", "were you referred?", work
 * authorization) render that section again from the state, so its inputs are new elements after
 * the change. Every follow-up is in the section's markup, hidden until its answer is given.
 * The posting (company, job, questions) comes from window.PH_POSTING.
 */
(function () {
  var P = window.PH_POSTING;
  var COUNTRIES = ['Australia', 'Brazil', 'Canada', 'France', 'Germany', 'India', 'Ireland', 'Mexico', 'Netherlands',
    'Philippines', 'Singapore', 'United Arab Emirates', 'United Kingdom', 'United States', 'United States Minor Outlying Islands'];
  var REGIONS = {
    'United States': [['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CA', 'California'], ['CO', 'Colorado'],
      ['CT', 'Connecticut'], ['DE', 'Delaware'], ['DC', 'District of Columbia'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'],
      ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'],
      ['ME', 'Maine'], ['MD', 'Maryland'], ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
      ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
      ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'],
      ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'],
      ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['VA', 'Virginia'], ['WA', 'Washington'],
      ['WV', 'West Virginia'], ['WI', 'Wisconsin'], ['WY', 'Wyoming'], ['PR', 'Puerto Rico']],
    'Canada': [['AB', 'Alberta'], ['BC', 'British Columbia'], ['MB', 'Manitoba'], ['NB', 'New Brunswick'], ['NL', 'Newfoundland and Labrador'],
      ['NS', 'Nova Scotia'], ['ON', 'Ontario'], ['PE', 'Prince Edward Island'], ['QC', 'Quebec'], ['SK', 'Saskatchewan']],
    'Australia': [['NSW', 'New South Wales'], ['VIC', 'Victoria'], ['QLD', 'Queensland'], ['WA', 'Western Australia'], ['SA', 'South Australia'], ['TAS', 'Tasmania']],
  };
  var DIAL = [['CA', 'Canada (+1)'], ['US', 'United States of America (+1)'], ['GB', 'United Kingdom (+44)'], ['IN', 'India (+91)'], ['MX', 'Mexico (+52)'], ['DE', 'Germany (+49)']];
  var STEPS = ['My Information', 'My Experience', 'Application Questions', 'Voluntary Disclosures', 'Review'];

  var values = { phoneCode: 'US', experience: [{}], education: [{}] };
  var files = {};
  var step = 0;
  var root = document.getElementById('ph-apply');

  function esc(s) { return String(s == null ? '' : s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); }
  function val(name) { return values[name] == null ? '' : values[name]; }
  function req(r) { return r ? ' <span class="ph-req" aria-hidden="true">*</span>' : ''; }

  function text(name, label, opts) {
    opts = opts || {};
    return '<div class="ph-field" data-field="' + name + '"><label for="' + name + '">' + esc(label) + req(opts.required) + '</label>' +
      (opts.hint ? '<div class="ph-hint" id="' + name + '-hint">' + esc(opts.hint) + '</div>' : '') +
      '<input type="' + (opts.type || 'text') + '" id="' + name + '" name="' + name + '" data-ph-at-id="' + name + '-input"' +
      (opts.required ? ' aria-required="true" data-required' : '') + (opts.hint ? ' aria-describedby="' + name + '-hint"' : '') +
      (opts.placeholder ? ' placeholder="' + esc(opts.placeholder) + '"' : '') + (opts.maxlength ? ' maxlength="' + opts.maxlength + '"' : '') +
      ' value="' + esc(val(name)) + '"></div>';
  }
  function area(name, label, opts) {
    opts = opts || {};
    return '<div class="ph-field" data-field="' + name + '"><label for="' + name + '">' + esc(label) + req(opts.required) + '</label>' +
      '<textarea id="' + name + '" name="' + name + '" rows="4"' + (opts.required ? ' data-required' : '') + '>' + esc(val(name)) + '</textarea></div>';
  }
  function select(name, label, options, opts) {
    opts = opts || {};
    var html = '<div class="ph-field" data-field="' + name + '"><label for="' + name + '">' + esc(label) + req(opts.required) + '</label>' +
      '<select id="' + name + '" name="' + name + '" data-ph-at-id="' + name + '-select"' + (opts.required ? ' data-required' : '') +
      (opts.disabled ? ' disabled' : '') + '><option value="">Select One</option>';
    options.forEach(function (o) {
      var v = Array.isArray(o) ? o[0] : o, t = Array.isArray(o) ? o[1] : o;
      html += '<option value="' + esc(v) + '"' + (String(val(name)) === String(v) ? ' selected' : '') + '>' + esc(t) + '</option>';
    });
    return html + '</select></div>';
  }
  function radios(name, label, options, opts) {
    opts = opts || {};
    var html = '<fieldset class="ph-field ph-radios" data-field="' + name + '"' + (opts.required ? ' data-required-group="' + name + '"' : '') +
      '><legend>' + esc(label) + req(opts.required) + '</legend>';
    options.forEach(function (o, i) {
      var id = name + '-' + i;
      html += '<span class="ph-radio"><input type="radio" id="' + id + '" name="' + name + '" value="' + esc(o) + '"' +
        (val(name) === o ? ' checked' : '') + '><label for="' + id + '">' + esc(o) + '</label></span>';
    });
    return html + '</fieldset>';
  }
  function check(name, label, opts) {
    opts = opts || {};
    return '<div class="ph-field ph-check" data-field="' + name + '"><input type="checkbox" id="' + name + '" name="' + name + '"' +
      (values[name] ? ' checked' : '') + (opts.required ? ' data-required-check' : '') + '><label for="' + name + '">' + label + req(opts.required) + '</label></div>';
  }
  function follow(show, inner) { return '<div class="ph-followup"' + (show ? '' : ' hidden') + '>' + inner + '</div>'; }
  function question(q) {
    if (q.kind === 'yesno') return radios(q.name, q.label, ['Yes', 'No'], q);
    if (q.kind === 'select') return select(q.name, q.label, q.options, q);
    if (q.kind === 'textarea') return area(q.name, q.label, q);
    return text(q.name, q.label, q);
  }

  var sections = {
    source: function () {
      return '<h3>Before we begin</h3>' +
        select('source', 'How did you hear about us?', P.sources, { required: true }) +
        radios('previousWorker', 'Have you previously worked for ' + P.company + ' or any of its subsidiaries?', ['Yes', 'No'], { required: true }) +
        follow(val('previousWorker') === 'Yes', text('previousWorkerId', 'Former employee ID or work email'));
    },
    name: function () {
      return '<h3>Legal name</h3><div class="ph-row">' + text('firstName', 'First Name', { required: true }) +
        text('lastName', 'Last Name', { required: true }) + '</div>' + text('preferredName', 'Preferred Name');
    },
    address: function () {
      var c = val('country');
      var regions = REGIONS[c] || [];
      var regionLabel = c === 'Canada' ? 'Province' : c === 'Australia' ? 'State/Territory' : 'State';
      var postLabel = c === 'United States' ? 'ZIP Code' : 'Postal Code';
      return '<h3>Address</h3>' + select('country', 'Country', COUNTRIES, { required: true }) +
        follow(c !== '',
          text('addressLine1', 'Address Line 1', { required: true }) + text('addressLine2', 'Address Line 2') +
          '<div class="ph-row">' + text('city', 'City', { required: true }) +
          '<div class="ph-region"' + (regions.length ? '' : ' hidden') + '>' + select('region', regionLabel, regions, { required: regions.length > 0 }) + '</div>' +
          text('postalCode', postLabel, { required: true }) + '</div>');
    },
    contact: function () {
      return '<h3>Contact information</h3>' + text('email', 'Email Address', { type: 'email', required: true }) +
        select('phoneType', 'Phone Device Type', ['Mobile', 'Home', 'Work'], { required: false }) +
        '<div class="ph-row">' + select('phoneCode', 'Country Phone Code', DIAL, { required: true }) +
        text('phoneNumber', 'Phone Number', { type: 'tel', required: true, hint: 'Enter the number without the country code.' }) + '</div>';
    },
    experience: function () {
      var html = '<h3>Work Experience</h3><p class="ph-note">Start with your current or most recent position.</p>';
      values.experience.forEach(function (entry, i) {
        var p = 'exp' + i + '_';
        var current = !!values[p + 'current'];
        html += '<div class="ph-entry" data-entry="experience-' + i + '"><h4>' + (i === 0 ? 'Current or most recent position' : 'Previous position ' + i) + '</h4>' +
          text(p + 'title', 'Job Title', { required: i === 0 }) + text(p + 'company', 'Company', { required: i === 0 }) +
          text(p + 'location', 'Location') + check(p + 'current', 'I currently work here') +
          '<div class="ph-row">' + text(p + 'from', 'From', { required: i === 0, placeholder: 'MM/YYYY' }) +
          '<div class="ph-to"' + (current ? ' hidden' : '') + '>' + text(p + 'to', 'To', { placeholder: 'MM/YYYY' }) + '</div></div>' +
          area(p + 'description', 'Role Description') + '</div>';
      });
      return html + '<button type="button" class="ph-add" data-add="experience">+ Add another position</button>';
    },
    education: function () {
      var has = val('hasDegree') === 'Yes';
      var html = '<h3>Education</h3>' + radios('hasDegree', 'Have you completed a college or university degree?', ['Yes', 'No'], { required: true });
      var inner = '';
      values.education.forEach(function (entry, i) {
        var p = 'edu' + i + '_';
        inner += '<div class="ph-entry" data-entry="education-' + i + '"><h4>Education ' + (i + 1) + '</h4>' +
          text(p + 'school', 'School or University', { required: has && i === 0 }) +
          select(p + 'degree', 'Degree', P.degrees, { required: has && i === 0 }) +
          text(p + 'major', 'Field of Study') + text(p + 'gradYear', 'Year of Graduation', { placeholder: 'YYYY', maxlength: 4 }) + '</div>';
      });
      inner += '<button type="button" class="ph-add" data-add="education">+ Add another degree</button>';
      return html + follow(has, inner) + follow(val('hasDegree') === 'No', select('highSchool', 'Highest level of education completed', ['High school diploma or GED', 'Some college', 'Trade or vocational certificate']));
    },
    documents: function () {
      return '<h3>Resume</h3><div class="ph-field"><label for="resumeUpload">Upload your resume' + req(true) + '</label>' +
        '<div class="ph-hint">PDF, DOC or DOCX, up to 5 MB</div><input type="file" id="resumeUpload" name="resumeUpload" accept=".pdf,.doc,.docx" data-required-file></div>' +
        '<h3>Social profiles</h3>' + text('linkedinUrl', 'LinkedIn Profile URL', { type: 'url' }) + text('websiteUrl', P.websiteLabel, { type: 'url' });
    },
    questions: function () {
      var html = '<h3>Application Questions</h3>';
      P.questions.forEach(function (q) {
        html += question(q);
        if (q.followups) q.followups.forEach(function (f) { html += follow(val(q.name) === f.when, question(f)); });
      });
      return html;
    },
    disclosures: function () {
      return '<h3>Voluntary Self-Identification</h3><p class="ph-note">Providing this information is voluntary and will not affect your application.</p>' +
        select('gender', 'Gender', ['Female', 'Male', 'Non-binary', 'I do not wish to self-identify']) +
        select('hispanic', 'Are you Hispanic or Latino?', ['Yes', 'No', 'I do not wish to self-identify']) +
        select('race', 'Race', ['American Indian or Alaska Native', 'Asian', 'Black or African American', 'Native Hawaiian or Other Pacific Islander', 'White', 'Two or More Races', 'I do not wish to self-identify']) +
        select('veteran', 'Veteran Status', ['I am not a protected veteran', 'I identify as one or more of the classifications of protected veteran', 'I do not wish to self-identify']) +
        select('disability', 'Disability Status', ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not wish to answer']) +
        '<h3>Terms and Conditions</h3>' + check('consent', 'I have read and agree to the <a href="#privacy">Candidate Privacy Notice</a> and confirm that the information I provided is accurate.', { required: true });
    },
    review: function () {
      var rows = [['Name', val('firstName') + ' ' + val('lastName')], ['Email', val('email')], ['Phone', val('phoneNumber')],
        ['Location', [val('city'), val('region'), val('country')].filter(Boolean).join(', ')], ['Current position', val('exp0_title') + (val('exp0_company') ? ' at ' + val('exp0_company') : '')],
        ['Resume', files.resumeUpload || 'None'], ['Degree', val('hasDegree') === 'Yes' ? val('edu0_degree') + ', ' + val('edu0_school') : val('hasDegree')]];
      return '<h3>Review your application</h3><dl class="ph-review">' + rows.map(function (r, i) {
        return '<dt>' + esc(r[0]) + '</dt><dd>' + esc(r[1]) + ' <button type="button" class="ph-edit" data-edit="' + (i < 4 ? 0 : 1) + '">Edit</button></dd>';
      }).join('') + '</dl>';
    },
  };
  var LAYOUT = [['source', 'name', 'address', 'contact'], ['experience', 'education', 'documents'], ['questions'], ['disclosures'], ['review']];
  var RERENDER = { country: 'address', hasDegree: 'education', previousWorker: 'source' };
  P.questions.forEach(function (q) { if (q.followups) RERENDER[q.name] = 'questions'; });

  function stepper() {
    return '<ol class="ph-steps" aria-label="Application progress">' + STEPS.map(function (s, i) {
      return '<li class="' + (i === step ? 'current' : i < step ? 'complete' : '') + '"' + (i === step ? ' aria-current="step"' : '') +
        '><span class="ph-step-num">' + (i + 1) + '</span> ' + s + '</li>';
    }).join('') + '</ol>';
  }

  function renderSection(name) {
    var el = root.querySelector('[data-section="' + name + '"]');
    el.innerHTML = sections[name]();
    bind(el);
  }

  function render() {
    var html = stepper() + '<form id="ph-form" novalidate><h2>' + STEPS[step] + '</h2>' +
      '<div class="ph-error" id="ph-error" role="alert" hidden>Please complete the required fields marked with *.</div>';
    LAYOUT[step].forEach(function (s) { html += '<section data-section="' + s + '"></section>'; });
    html += '<div class="ph-nav">' + (step > 0 ? '<button type="button" id="ph-back" class="ph-secondary">Back</button>' : '') +
      (step < STEPS.length - 1 ? '<button type="button" id="ph-next" class="ph-primary">Next</button>' : '<button type="submit" id="ph-submit" class="ph-primary">Submit Application</button>') +
      '</div></form>';
    root.innerHTML = html;
    LAYOUT[step].forEach(renderSection);
    var form = document.getElementById('ph-form');
    var next = document.getElementById('ph-next');
    if (next) next.addEventListener('click', function () { if (validate()) { step++; render(); window.scrollTo(0, 0); } });
    var back = document.getElementById('ph-back');
    if (back) back.addEventListener('click', function () { step--; render(); });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      root.hidden = true;
      document.getElementById('ph-done').hidden = false;
    });
    root.querySelectorAll('.ph-edit').forEach(function (b) { b.addEventListener('click', function () { step = +b.getAttribute('data-edit'); render(); }); });
  }

  function bind(el) {
    el.querySelectorAll('input, select, textarea').forEach(function (input) {
      var name = input.name;
      function store() {
        if (input.type === 'file') { files[name] = input.files.length ? input.files[0].name : ''; return; }
        if (input.type === 'radio') { if (input.checked) values[name] = input.value; }
        else if (input.type === 'checkbox') values[name] = input.checked;
        else values[name] = input.value;
      }
      input.addEventListener('input', store);
      input.addEventListener('change', function () {
        store();
        if (RERENDER[name]) renderSection(RERENDER[name]);
        else if (/^exp\d+_current$/.test(name)) renderSection('experience');
      });
    });
    el.querySelectorAll('.ph-add').forEach(function (b) {
      b.addEventListener('click', function () { values[b.getAttribute('data-add')].push({}); renderSection(b.getAttribute('data-add')); });
    });
  }

  function validate() {
    var ok = true;
    root.querySelectorAll('[data-required], [data-required-file], [data-required-check]').forEach(function (input) {
      if (input.closest('[hidden]')) return;
      var empty = input.type === 'file' ? !input.files.length : input.type === 'checkbox' ? !input.checked : !input.value.trim();
      input.closest('.ph-field').classList.toggle('ph-invalid', empty);
      if (empty) ok = false;
    });
    root.querySelectorAll('[data-required-group]').forEach(function (group) {
      if (group.closest('[hidden]')) return;
      var empty = !group.querySelector('input:checked');
      group.classList.toggle('ph-invalid', empty);
      if (empty) ok = false;
    });
    document.getElementById('ph-error').hidden = ok;
    return ok;
  }

  render();
})();

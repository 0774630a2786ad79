/*
 * Tidewell careers site (self-built, server-rendered markup, vanilla JS), as its posting pages
 * render it. Each posting's index.html sets window.POSTING and loads this file at the end of
 * <body>; the markup is written synchronously, so the page is complete before load.
 *
 * What the page does on its own:
 *  - a cookie consent banner at the bottom (analytics / marketing boxes, Accept / Save);
 *  - "Apply with LinkedIn" and "Autofill from resume" buttons above the form (the latter opens
 *    a hidden file input and "parses" it into the form after a moment);
 *  - the form's own Resume input: once a file is picked, "Reading your resume..." shows and
 *    PARSE_MS later the parser writes what it read into first / last name and current title
 *    (it reads the PDF's heading line, so the title comes out as "Senior Data Engineer - resume");
 *  - "Send code" beside the phone reveals nothing new: six one-digit boxes are always there,
 *    each moving focus to the next on input (a person may verify later);
 *  - an off-screen honeypot "Website" box (the bot trap; people never see it);
 *  - a "Verify you are human" box that must be ticked before submitting;
 *  - a "Save and finish later" box (email) under the form.
 */
(function () {
  var P = window.POSTING;
  var PARSE_MS = P.parseMs || 1100;
  var STATES = ['Alabama','Alaska','Arizona','Arkansas','California','Colorado','Connecticut','Delaware','District of Columbia','Florida','Georgia','Hawaii','Idaho','Illinois','Indiana','Iowa','Kansas','Kentucky','Louisiana','Maine','Maryland','Massachusetts','Michigan','Minnesota','Mississippi','Missouri','Montana','Nebraska','Nevada','New Hampshire','New Jersey','New Mexico','New York','North Carolina','North Dakota','Ohio','Oklahoma','Oregon','Pennsylvania','Rhode Island','South Carolina','South Dakota','Tennessee','Texas','Utah','Vermont','Virginia','Washington','West Virginia','Wisconsin','Wyoming'];
  function esc(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'); }
  function opts(list, blank) {
    return (blank ? '<option value="">' + esc(blank) + '</option>' : '') +
      list.map(function (o) { return '<option value="' + esc(o.value || o) + '">' + esc(o.text || o) + '</option>'; }).join('');
  }
  function question(q) {
    var id = 'cq_' + q.id;
    var req = q.required ? ' <span class="req" aria-hidden="true">*</span>' : '';
    if (q.type === 'radio') {
      return '<fieldset class="tw-field tw-radios" id="' + id + '"><legend>' + esc(q.label) + req + '</legend>' +
        q.options.map(function (o, i) {
          return '<label class="tw-choice"><input type="radio" name="custom_question[' + q.id + ']" id="' + id + '_' + i + '" value="' + esc(o) + '"' + (q.required ? ' required' : '') + '> <span>' + esc(o) + '</span></label>';
        }).join('') + '</fieldset>';
    }
    if (q.type === 'select') {
      return '<div class="tw-field"><label for="' + id + '">' + esc(q.label) + req + '</label>' +
        '<select id="' + id + '" name="custom_question[' + q.id + ']"' + (q.required ? ' required' : '') + '>' + opts(q.options, 'Choose an option') + '</select></div>';
    }
    if (q.type === 'textarea') {
      return '<div class="tw-field"><label for="' + id + '">' + esc(q.label) + req + '</label>' +
        (q.hint ? '<p class="tw-hint">' + esc(q.hint) + '</p>' : '') +
        '<textarea id="' + id + '" name="custom_question[' + q.id + ']" rows="4"></textarea></div>';
    }
    if (q.type === 'date') {
      return '<div class="tw-field"><label for="' + id + '">' + esc(q.label) + req + '</label>' +
        '<input type="date" id="' + id + '" name="custom_question[' + q.id + ']"' + (q.required ? ' required' : '') + '></div>';
    }
    if (q.type === 'money') {
      return '<div class="tw-field"><label for="' + id + '">' + esc(q.label) + req + '</label>' +
        '<div class="tw-affix"><span>$</span><input type="text" inputmode="numeric" id="' + id + '" name="custom_question[' + q.id + ']" placeholder="' + esc(q.placeholder || '') + '"></div></div>';
    }
    return '<div class="tw-field"><label for="' + id + '">' + esc(q.label) + req + '</label>' +
      '<input type="text" id="' + id + '" name="custom_question[' + q.id + ']"></div>';
  }

  var html = '' +
  '<header class="tw-top"><a class="tw-brand" href="#">' + esc(P.company) + ' <small>Careers</small></a>' +
  '<form class="tw-search" role="search" action="#" onsubmit="return false"><label for="site-search" class="sr">Search jobs</label>' +
  '<input type="search" id="site-search" name="q" placeholder="Search jobs"><button type="submit">Search</button></form>' +
  '<a href="#" class="tw-signin">Candidate sign in</a></header>' +
  '<main class="tw-main">' +
  '<section class="tw-posting"><p class="tw-crumb">' + esc(P.team) + '</p><h1>' + esc(P.title) + '</h1>' +
  '<p class="tw-meta">' + esc(P.where) + ' · Full-time · ' + esc(P.pay) + '</p>' +
  P.description.map(function (d) { return '<p>' + esc(d) + '</p>'; }).join('') + '</section>' +
  '<section class="tw-apply" aria-labelledby="apply-h"><h2 id="apply-h">Apply for this job</h2>' +
  '<div class="tw-quick"><p>Save time:</p>' +
  '<button type="button" class="tw-btn tw-li" id="apply-linkedin">Apply with LinkedIn</button>' +
  '<button type="button" class="tw-btn" id="autofill-btn">Autofill from resume</button>' +
  '<input type="file" id="autofill-file" name="autofill_resume" accept=".pdf,.doc,.docx" hidden>' +
  '<span id="autofill-status" class="tw-hint" role="status"></span></div>' +
  '<form id="application" action="#" method="post" novalidate enctype="multipart/form-data">' +
  '<div class="hp-field" aria-hidden="true"><label for="hp-website">Website</label><input type="text" id="hp-website" name="website" tabindex="-1" autocomplete="off"></div>' +
  '<h3>Your details</h3>' +
  '<div class="tw-row"><div class="tw-field"><label for="first_name">First name <span class="req" aria-hidden="true">*</span></label><input type="text" id="first_name" name="candidate[first_name]" autocomplete="given-name" required></div>' +
  '<div class="tw-field"><label for="last_name">Last name <span class="req" aria-hidden="true">*</span></label><input type="text" id="last_name" name="candidate[last_name]" autocomplete="family-name" required></div></div>' +
  '<div class="tw-field"><label for="email">Email <span class="req" aria-hidden="true">*</span></label><input type="email" id="email" name="candidate[email]" autocomplete="email" required></div>' +
  '<div class="tw-field"><label for="phone">Mobile phone <span class="req" aria-hidden="true">*</span></label>' +
  '<div class="tw-inline"><input type="tel" id="phone" name="candidate[phone]" placeholder="(555) 555-5555" maxlength="14" autocomplete="tel-national" required>' +
  '<button type="button" class="tw-btn tw-small" id="send-code">Send code</button></div>' +
  '<p class="tw-hint">US numbers only, e.g. (555) 555-5555.</p></div>' +
  '<fieldset class="tw-otp" id="otp-group"><legend>Verify your phone (optional) — enter the 6-digit code we text you</legend>' +
  [0, 1, 2, 3, 4, 5].map(function (i) {
    return '<input type="text" inputmode="numeric" maxlength="1" pattern="[0-9]" class="otp-box" id="otp-' + i + '" name="otp[' + i + ']" aria-label="Digit ' + (i + 1) + '"' + (i === 0 ? ' autocomplete="one-time-code"' : ' autocomplete="off"') + '>';
  }).join('') + '<p class="tw-hint">Verified candidates hear back faster. You can also verify later from our email.</p></fieldset>' +
  '<div class="tw-row"><div class="tw-field"><label for="city">City <span class="req" aria-hidden="true">*</span></label><input type="text" id="city" name="candidate[city]" autocomplete="address-level2" required></div>' +
  '<div class="tw-field"><label for="state">State <span class="req" aria-hidden="true">*</span></label><select id="state" name="candidate[state]" required>' + opts(STATES, 'Select a state') + '</select></div></div>' +
  '<div class="tw-field"><label for="resume">Resume <span class="req" aria-hidden="true">*</span></label>' +
  '<input type="file" id="resume" name="candidate[resume]" accept=".pdf,.doc,.docx" required>' +
  '<p class="tw-hint" id="resume-status" role="status">PDF or Word, up to 5 MB. We\'ll read it and fill in what we can.</p></div>' +
  '<div class="tw-row"><div class="tw-field"><label for="current_company">Current company</label><input type="text" id="current_company" name="candidate[current_company]" autocomplete="organization"></div>' +
  '<div class="tw-field"><label for="current_title">Current title</label><input type="text" id="current_title" name="candidate[current_title]" autocomplete="organization-title"></div></div>' +
  '<div class="tw-field"><label for="linkedin">LinkedIn URL</label><input type="url" id="linkedin" name="candidate[linkedin]" placeholder="https://www.linkedin.com/in/…"></div>' +
  '<h3>Questions from ' + esc(P.company) + '</h3>' +
  P.questions.map(question).join('') +
  '<div class="tw-field"><label for="cover_letter">Cover letter</label><textarea id="cover_letter" name="candidate[cover_letter]" rows="6" placeholder="Paste your cover letter (optional)"></textarea></div>' +
  '<div class="tw-field"><label for="source">How did you hear about us?</label><select id="source" name="candidate[source]">' + opts(['LinkedIn', 'Indeed', 'Company website', 'Employee referral', 'Conference or meetup', 'Other'], 'Select…') + '</select></div>' +
  '<h3>Voluntary self-identification</h3><p class="tw-hint">Optional. Your answers are kept apart from your application.</p>' +
  '<div class="tw-field"><label for="eeo_gender">Gender</label><select id="eeo_gender" name="eeo[gender]">' + opts(['Female', 'Male', 'Non-binary', 'I decline to self-identify'], 'Select…') + '</select></div>' +
  '<div class="tw-check"><input type="checkbox" id="privacy" name="candidate[privacy]" required> <label for="privacy">I have read the <a href="#">candidate privacy notice</a> and agree to ' + esc(P.company) + ' processing my data for this application. <span class="req" aria-hidden="true">*</span></label></div>' +
  '<div class="tw-captcha" role="group" aria-label="Security check"><input type="checkbox" id="human-check" name="human_check"> <label for="human-check">Verify you are human</label><span class="tw-captcha-logo">Protected by Gatekeep</span></div>' +
  '<p id="form-error" class="tw-error" role="alert"></p>' +
  '<button type="submit" class="tw-btn tw-primary" id="submit-application">Submit application</button>' +
  '</form>' +
  '<div id="submitted" class="tw-done" hidden><h3>Thanks! Your application was sent.</h3></div>' +
  '<aside class="tw-save" aria-labelledby="save-h"><h3 id="save-h">Not finished? Save and continue later</h3>' +
  '<p>We\'ll email you a link back to this application. No account needed.</p>' +
  '<label for="save-email">Email</label> <input type="email" id="save-email" name="save_later_email"> ' +
  '<button type="button" class="tw-btn" id="save-later">Email me a link</button></aside>' +
  '</section></main>' +
  '<footer class="tw-foot"><p>© 2026 ' + esc(P.company) + '. Equal opportunity employer.</p></footer>' +
  '<div class="tw-cookie" role="dialog" aria-labelledby="cookie-h" id="cookie-banner"><p id="cookie-h"><strong>We value your privacy.</strong> We use cookies to run this site and, with your consent, to measure and improve it.</p>' +
  '<label><input type="checkbox" id="cookie-analytics" name="cookie_analytics"> Analytics cookies</label> ' +
  '<label><input type="checkbox" id="cookie-marketing" name="cookie_marketing"> Marketing cookies</label> ' +
  '<button type="button" class="tw-btn" id="cookie-save">Save preferences</button> <button type="button" class="tw-btn tw-primary" id="cookie-accept">Accept all</button></div>';

  var css = '' +
  'body{margin:0;font-family:"Inter",system-ui,sans-serif;color:#17212b;background:#f6f8f7}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
  '.tw-top{display:flex;align-items:center;gap:20px;padding:12px 32px;background:#0f3d3e;color:#fff}.tw-brand{color:#fff;font-weight:700;text-decoration:none;font-size:18px}' +
  '.tw-search{display:flex;gap:6px;margin-left:auto}.tw-search input{padding:6px 8px;border-radius:4px;border:0}.tw-signin{color:#cfe}' +
  '.tw-main{max-width:760px;margin:24px auto 140px;padding:0 18px}.tw-posting,.tw-apply{background:#fff;border-radius:10px;padding:22px 26px;margin-bottom:18px;box-shadow:0 1px 3px rgba(0,0,0,.08)}' +
  '.tw-crumb{color:#5b7;margin:0;text-transform:uppercase;font-size:12px;letter-spacing:.06em}.tw-meta{color:#567}' +
  '.tw-quick{display:flex;align-items:center;gap:10px;padding:12px;border:1px dashed #9bb;border-radius:8px;margin-bottom:14px}.tw-quick p{margin:0;font-weight:600}' +
  '.tw-btn{padding:8px 14px;border:1px solid #0f3d3e;background:#fff;color:#0f3d3e;border-radius:6px;cursor:pointer;font-size:14px}.tw-primary{background:#0f3d3e;color:#fff}.tw-li{background:#0a66c2;color:#fff;border-color:#0a66c2}.tw-small{padding:6px 10px}' +
  '.tw-row{display:grid;grid-template-columns:1fr 1fr;gap:14px}.tw-field{margin:12px 0;display:flex;flex-direction:column;gap:4px}.tw-field label,.tw-radios legend{font-weight:600;font-size:14px}' +
  '.tw-field input[type=text],.tw-field input[type=email],.tw-field input[type=tel],.tw-field input[type=url],.tw-field input[type=date],.tw-field select,.tw-field textarea{padding:9px;border:1px solid #a9b6b6;border-radius:6px;font-size:15px;font-family:inherit}' +
  '.tw-inline{display:flex;gap:8px}.tw-inline input{flex:1}.tw-affix{display:flex;align-items:center;border:1px solid #a9b6b6;border-radius:6px}.tw-affix span{padding:0 8px;color:#567}.tw-affix input{border:0!important;flex:1}' +
  '.tw-hint{color:#5d6b75;font-size:12px;margin:2px 0}.req{color:#b3261e}.tw-radios{border:0;padding:0;margin:12px 0}.tw-choice{display:block;margin:4px 0;font-weight:400}' +
  '.tw-otp{border:1px solid #dde5e5;border-radius:8px;padding:10px 12px;margin:8px 0}.tw-otp legend{font-size:13px;font-weight:600}.otp-box{width:36px;height:40px;text-align:center;font-size:20px;margin-right:6px;border:1px solid #a9b6b6;border-radius:6px}' +
  '.hp-field{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}' +
  '.tw-check{display:flex;gap:8px;align-items:flex-start;margin:14px 0;font-size:14px}' +
  '.tw-captcha{display:flex;align-items:center;gap:10px;border:1px solid #ccd;border-radius:4px;background:#f9f9f9;padding:14px;width:300px;margin:14px 0}.tw-captcha input{width:22px;height:22px}.tw-captcha-logo{margin-left:auto;font-size:10px;color:#889}' +
  '.tw-error{color:#b3261e}.tw-save{margin-top:20px;padding:14px;background:#eef6f5;border-radius:8px}.tw-save input{padding:7px;border:1px solid #a9b6b6;border-radius:6px}' +
  '.tw-foot{text-align:center;color:#789;font-size:12px}' +
  '.tw-cookie{position:fixed;left:0;right:0;bottom:0;background:#17212b;color:#fff;padding:12px 24px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;z-index:20;font-size:14px}.tw-cookie p{margin:0;flex-basis:100%}';

  var style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  var root = document.getElementById('page');
  root.innerHTML = html;

  function $(id) { return document.getElementById(id); }
  function put(el, value) {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  // The "parser": reads the resume's heading line. Our parse service returns the name split on
  // the first space and the rest of the heading as the title.
  function parseInto(file, statusEl) {
    statusEl.textContent = 'Reading your resume…';
    setTimeout(function () {
      put($('first_name'), P.parsed.first);
      put($('last_name'), P.parsed.last);
      put($('current_title'), P.parsed.title);
      if (P.parsed.city) put($('city'), P.parsed.city);
      statusEl.textContent = file.name + ' · We filled in some details from your resume. Please check them.';
    }, PARSE_MS);
  }
  $('resume').addEventListener('change', function (e) {
    var f = e.target.files && e.target.files[0];
    if (f) parseInto(f, $('resume-status'));
  });
  $('autofill-btn').addEventListener('click', function () { $('autofill-file').click(); });
  $('autofill-file').addEventListener('change', function (e) {
    var f = e.target.files && e.target.files[0];
    if (f) parseInto(f, $('autofill-status'));
  });
  $('apply-linkedin').addEventListener('click', function () {
    $('autofill-status').textContent = 'LinkedIn sign-in opens in a new window…';
  });
  $('send-code').addEventListener('click', function () {
    this.textContent = 'Code sent';
    $('otp-0').focus();
  });
  Array.prototype.forEach.call(document.querySelectorAll('.otp-box'), function (box, i, all) {
    box.addEventListener('input', function () {
      box.value = box.value.replace(/\D/g, '').slice(-1);
      if (box.value && all[i + 1]) all[i + 1].focus();
    });
  });
  $('phone').addEventListener('blur', function () {
    var d = this.value.replace(/\D/g, '');
    if (d.length === 11 && d[0] === '1') d = d.slice(1);
    if (d.length === 10) this.value = '(' + d.slice(0, 3) + ') ' + d.slice(3, 6) + '-' + d.slice(6);
  });
  $('cookie-accept').addEventListener('click', function () { $('cookie-banner').hidden = true; });
  $('cookie-save').addEventListener('click', function () { $('cookie-banner').hidden = true; });
  $('save-later').addEventListener('click', function () { this.textContent = 'Link sent'; });
  $('application').addEventListener('submit', function (e) {
    e.preventDefault();
    var missing = [];
    ['first_name', 'last_name', 'email', 'phone', 'city', 'state'].forEach(function (id) { if (!$(id).value.trim()) missing.push(id); });
    if (!$('resume').files.length) missing.push('resume');
    if (!$('privacy').checked) missing.push('privacy');
    if (!$('human-check').checked) missing.push('human check');
    if ($('hp-website').value) { missing.push('spam'); }
    if (missing.length) { $('form-error').textContent = 'Please complete: ' + missing.join(', '); return; }
    $('application').hidden = true;
    $('submitted').hidden = false;
  });
})();

/*
 * An enterprise careers portal's application page (server templates + a page script). The State
 * box is a disabled text box until a country is chosen; the portal then asks its address service
 * for that country's regions (about 0.8 s, "Loading regions...") and puts a select in its place
 * (or a free text box). "Are you currently employed?" shows one of two blocks that are always in
 * the page (current job for Yes, last job for No). The work-eligibility block is redrawn from its
 * template (innerHTML) after every change in it, so its controls are new elements each time.
 * Phone and salary are rewritten on blur. The previous-employment table starts with one empty row.
 */
(function () {
  'use strict';
  var REGIONS = {
    'United States': ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
      'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky',
      'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana',
      'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
      'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
      'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
    Canada: ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario',
      'Prince Edward Island', 'Quebec', 'Saskatchewan'],
  };
  var $ = function (sel, root) { return (root || document).querySelector(sel); };

  /* ---- state box from the address service ---- */
  var country = $('#ap_country');
  var regionCell = $('#ap_region_cell');
  var pending = null;
  country.addEventListener('change', function () {
    var chosen = country.value;
    regionCell.innerHTML = '<input type="text" id="ap_region" name="applicant.region" disabled aria-busy="true"> <span class="ap-busy">Loading regions…</span>';
    clearTimeout(pending);
    pending = setTimeout(function () {
      var list = REGIONS[chosen];
      if (list) {
        regionCell.innerHTML = '<select id="ap_region" name="applicant.region"><option value="">-- Select --</option>' +
          list.map(function (r) { return '<option>' + r + '</option>'; }).join('') + '</select>';
      } else {
        regionCell.innerHTML = '<input type="text" id="ap_region" name="applicant.region">';
      }
    }, 800);
  });

  /* ---- rewrites on blur ---- */
  $('#ap_phone').addEventListener('blur', function (e) {
    var d = e.target.value.replace(/\D/g, '');
    if (d.length === 11 && d[0] === '1') d = d.slice(1);
    if (d.length === 10) e.target.value = d.slice(0, 3) + '-' + d.slice(3, 6) + '-' + d.slice(6);
  });
  $('#ap_salary').addEventListener('blur', function (e) {
    var p = e.target.value.replace(/[$,\s]/g, '').replace(/\.\d{2}$/, '');
    if (/^\d+$/.test(p)) e.target.value = '$' + Number(p).toLocaleString('en-US') + '.00';
  });

  /* ---- employed: two blocks, one shown ---- */
  document.querySelectorAll('input[name="applicant.employed"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      $('#ap_current_block').hidden = radio.value !== 'Y';
      $('#ap_last_block').hidden = radio.value !== 'N';
    });
  });

  /* ---- eligibility block: redrawn after every change ---- */
  var elig = { auth: '', sponsor: '', visa: '', age: '' };
  var rev = 0;
  function radioRow(key, name, label) {
    var id = 'elig' + rev + '_' + key;
    return '<tr><th scope="row" id="' + id + '_q">' + label + ' <span class="req">*</span></th><td role="radiogroup" aria-labelledby="' + id + '_q">' +
      ['Y', 'N'].map(function (v) {
        return '<label><input type="radio" name="' + name + '" value="' + v + '"' + (elig[key] === v ? ' checked' : '') + '> ' + (v === 'Y' ? 'Yes' : 'No') + '</label>';
      }).join(' ') + '</td></tr>';
  }
  function drawEligibility() {
    rev += 1;
    var html = '<table class="ap-table" data-rev="' + rev + '"><tbody>' +
      radioRow('auth', 'screening.q101', 'Are you legally authorized to work in the country where this job is located?') +
      radioRow('sponsor', 'screening.q102', 'Will you now or in the future require sponsorship for employment visa status?') +
      '<tr class="ap-follow"' + (elig.sponsor === 'Y' ? '' : ' hidden') + '><th scope="row"><label for="elig' + rev + '_visa">If yes, which visa type?</label></th><td>' +
      '<select id="elig' + rev + '_visa" name="screening.q102a"><option value="">-- Select --</option>' +
      ['H-1B', 'H-1B transfer', 'TN', 'E-3', 'F-1 OPT', 'Other'].map(function (v) { return '<option' + (elig.visa === v ? ' selected' : '') + '>' + v + '</option>'; }).join('') +
      '</select></td></tr>' +
      radioRow('age', 'screening.q103', 'Are you at least 18 years of age?') +
      '</tbody></table>';
    $('#ap_eligibility').innerHTML = html;
  }
  $('#ap_eligibility').addEventListener('change', function (e) {
    var t = e.target;
    if (t.name === 'screening.q101') elig.auth = t.value;
    if (t.name === 'screening.q102') elig.sponsor = t.value;
    if (t.name === 'screening.q102a') elig.visa = t.value;
    if (t.name === 'screening.q103') elig.age = t.value;
    drawEligibility();
  });
  drawEligibility();

  /* ---- previous employment rows ---- */
  var rows = 1;
  $('#ap_add_employer').addEventListener('click', function () {
    var i = rows++;
    var tr = document.createElement('tr');
    tr.innerHTML = '<td><input type="text" name="history[' + i + '].employer" aria-label="Employer ' + (i + 1) + '"></td>' +
      '<td><input type="text" name="history[' + i + '].title" aria-label="Job title ' + (i + 1) + '"></td>' +
      '<td><input type="text" name="history[' + i + '].from" placeholder="MM/YYYY" aria-label="From ' + (i + 1) + '"></td>' +
      '<td><input type="text" name="history[' + i + '].to" placeholder="MM/YYYY" aria-label="To ' + (i + 1) + '"></td>';
    $('#ap_history tbody').appendChild(tr);
  });

  /* ---- submit ---- */
  $('#ap_form').addEventListener('submit', function (e) {
    e.preventDefault();
    var missing = [];
    ['#ap_first', '#ap_last', '#ap_email', '#ap_phone', '#ap_city', '#ap_resume'].forEach(function (sel) { if (!$(sel).value) missing.push(sel); });
    if (!country.value) missing.push('#ap_country');
    if (!elig.auth || !elig.sponsor || !elig.age) missing.push('eligibility');
    if (!$('#ap_attest').checked) missing.push('#ap_attest');
    var box = $('#ap_errors');
    if (missing.length) { box.hidden = false; box.textContent = 'Please complete all required fields (' + missing.length + ' missing).'; return; }
    $('#ap_form').hidden = true;
    $('#ap_done').hidden = false;
  });
})();

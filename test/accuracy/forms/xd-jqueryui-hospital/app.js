/*
 * A hospital system's own careers site from the jQuery UI era: a server-rendered application form
 * enhanced with jQuery UI 1.14 widgets. Tabs for the three sections with Continue buttons, selectmenus
 * over the native selects (the <label for> is moved to the selectmenu's button, the menu lives at the
 * end of <body>), an autocomplete for the college, a datepicker (mm/dd/yy) and a spinner on plain
 * text inputs, checkboxradio buttons over the Yes/No radios and the certification box. The native
 * form values are rendered into <pre id="model">.
 */
import $ from 'jquery';
import './jquery-global.js';
import 'jquery-ui/dist/jquery-ui.js';
import 'jquery-ui/dist/themes/base/jquery-ui.css';

const SCHOOLS = [
  'Bellarmine University', 'Indiana University Bloomington', 'Miami University', 'Ohio State University', 'Purdue University',
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles',
  'University of California, San Diego', 'University of Cincinnati', 'University of Kentucky', 'University of Louisville',
  'Vanderbilt University', 'Western Kentucky University', 'Xavier University',
];

const $form = $('#application');

function renderModel() {
  const model = {};
  for (const { name, value } of $form.serializeArray()) model[name] = value;
  for (const name of ['q101', 'q102', 'q103', 'q104']) if (!(name in model)) model[name] = null;
  if (!('certify' in model)) model.certify = null;
  model.resume = $('#resume')[0].files[0]?.name ?? null;
  $('#model').text(JSON.stringify(model, null, 1));
}

$(function () {
  const $tabs = $('#apply-tabs').tabs();
  $('#state, #country, #education, #shift, #referral_source, #alert_category').selectmenu({ change: renderModel });
  $('#country').selectmenu('menuWidget').addClass('ui-menu-country');
  $('#school').autocomplete({ source: SCHOOLS, minLength: 2, select: () => setTimeout(renderModel) });
  $('#date_available').datepicker({ dateFormat: 'mm/dd/yy', minDate: 0, changeMonth: true, changeYear: true, onSelect: renderModel });
  $('#years_exp').spinner({ min: 0, max: 50, stop: renderModel });
  $('.radios').controlgroup();
  $('input[type=radio], #certify').checkboxradio({ icon: false });
  $('button').button();

  const required = { 0: ['#first_name', '#last_name', '#email', '#phone_primary'], 1: ['input[name=q101]:checked', 'input[name=q102]:checked'] };
  $('.next').on('click', function () {
    const active = $tabs.tabs('option', 'active');
    const missing = (required[active] ?? []).filter((sel) => (sel.endsWith(':checked') ? $(sel).length === 0 : !$(sel).val()));
    if (missing.length) {
      alert('Please complete all required fields before continuing.');
      return;
    }
    $tabs.tabs('option', 'active', active + 1);
  });
  $('.prev').on('click', () => $tabs.tabs('option', 'active', $tabs.tabs('option', 'active') - 1));

  $form.on('input change', renderModel);
  $form.on('submit', (event) => {
    event.preventDefault();
    if (!$('#resume')[0].files.length || !$('#certify').is(':checked') || !$('#signature').val()) {
      $('#errors').show();
      return;
    }
    $form.hide();
    $('#thank-you').show();
  });
  $('#job-alert').on('submit', (event) => event.preventDefault());
  renderModel();
});

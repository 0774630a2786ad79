/*
 * A freight-software company's careers page on an old Bootstrap 4 theme, enhanced with jQuery
 * plugins the way such sites add them: ion.rangeSlider for years of experience (kept in step with
 * a number box beside it), jquery-bar-rating "css-stars" over skill-rating selects, and
 * multiple-select (wenzhixin) for the country (single, with a filter box; ISO-3 values, "United
 * States of America") and for spoken languages (checkbox list with "Select all"). The State select
 * appears only once a country is picked and is filled after a short "lookup". The posted state is
 * mirrored into <pre id="model">.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import 'ion-rangeslider/css/ion.rangeSlider.min.css';
import 'jquery-bar-rating/dist/themes/css-stars.css';
import 'multiple-select/dist/multiple-select.min.css';
import $ from 'jquery';
import './jquery-global.js';
import 'ion-rangeslider';
import 'jquery-bar-rating';
import 'multiple-select/dist/multiple-select.js';
import countries from 'world-countries';

const US_STATES = ['AL','AK','AZ','AR','CA','CO','CT','DE','DC','FL','GA','HI','ID','IL','IN','IA','KS','KY','LA','ME','MD','MA','MI','MN','MS','MO','MT','NE','NV','NH','NJ','NM','NY','NC','ND','OH','OK','OR','PA','RI','SC','SD','TN','TX','UT','VT','VA','WA','WV','WI','WY','AS','GU','MP','PR','VI','UM'];
const CA_PROVINCES = ['AB','BC','MB','NB','NL','NS','NT','NU','ON','PE','QC','SK','YT'];

const $country = $('#country');
const list = countries
  .map((c) => ({ code: c.cca3, name: c.cca3 === 'USA' ? 'United States of America' : c.name.common }))
  .sort((a, b) => a.name.localeCompare(b.name));
for (const c of list) $country.append(new Option(c.name, c.code));

$country.multipleSelect({ single: true, filter: true, placeholder: 'Select country', width: '100%', onClick: countryChanged });
$('#languages').multipleSelect({ selectAll: true, placeholder: 'Select languages', width: '100%', minimumCountSelected: 4, onClick: renderModel, onCheckAll: renderModel, onUncheckAll: renderModel });

function countryChanged() {
  const code = $country.val();
  const $row = $('#state-row');
  const $state = $('#state');
  $state.empty().append(new Option('Loading…', '')).prop('disabled', true);
  const regions = code === 'USA' ? US_STATES : code === 'CAN' ? CA_PROVINCES : null;
  if (!regions) { $row.hide(); renderModel(); return; }
  $('#state-label').text(code === 'USA' ? 'State' : 'Province');
  $row.show();
  setTimeout(() => {
    $state.empty().append(new Option('--', ''));
    for (const r of regions) $state.append(new Option(r, r));
    $state.prop('disabled', false);
    renderModel();
  }, 700);
  renderModel();
}

$('#years_slider').ionRangeSlider({ min: 0, max: 20, from: 0, step: 1, grid: true, grid_num: 10, postfix: ' yrs', max_postfix: '+', skin: 'round',
  onChange: (d) => { $('#years_box').val(d.from); renderModel(); } });
const slider = $('#years_slider').data('ionRangeSlider');
$('#years_box').on('input change', function () {
  const n = parseInt(this.value, 10);
  if (!Number.isNaN(n)) slider.update({ from: Math.max(0, Math.min(20, n)) });
  renderModel();
});

$('.skill-rating').barrating({ theme: 'css-stars', allowEmpty: true, emptyValue: '', showSelectedRating: false, onSelect: renderModel });

$('#application').on('input change', renderModel);
$('#application').on('submit', (e) => {
  e.preventDefault();
  if (!$('#consent').is(':checked')) { $('#consent-err').show(); return; }
  $('#application').hide();
  $('#ff-done').show();
});

function renderModel() {
  const model = {};
  for (const { name, value } of $('#application').serializeArray()) {
    if (name === 'languages') (model.languages ??= []).push(value);
    else model[name] = value;
  }
  model.languages ??= [];
  model.country = $country.val() || null;
  model.relocate = $('#relocate').is(':checked');
  model.resume = $('#resume')[0].files[0]?.name ?? null;
  $('#model').text(JSON.stringify(model, null, 1));
}
renderModel();

/*
 * A hotel group's corporate careers page (Bootstrap 5 + jQuery): daterangepicker (moment) as a
 * single-date picker for the start date (autoUpdateInput off, filled on Apply, MM/DD/YYYY) and as a
 * range picker for planned time off (and in the header's "Book a stay" widget); Select2 4 with AJAX
 * (fake endpoints) for the city of residence and the college, the native selects start empty and
 * options are created from the results; Inputmask "+1 999-999-9999" on the mobile number with the
 * +1 inside the mask. The posted state is mirrored into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'select2/dist/css/select2.css';
import 'daterangepicker/daterangepicker.css';
import $ from 'jquery';
import moment from 'moment';
import select2 from 'select2';
import 'daterangepicker';
import Inputmask from 'inputmask';

select2(window, $);
const $form = $('#marisol-apply');

const CITIES = [
  [5391959, 'San Francisco, CA'], [5397765, 'South San Francisco, CA'], [5391811, 'San Diego, CA'], [5392171, 'San Jose, CA'],
  [5392423, 'San Mateo, CA'], [5393015, 'Santa Cruz, CA'], [5389489, 'Sacramento, CA'], [5378538, 'Oakland, CA'], [5368361, 'Los Angeles, CA'],
  [5308655, 'Phoenix, AZ'], [5506956, 'Las Vegas, NV'], [4164138, 'Miami, FL'], [3530597, 'Mexico City, CDMX'], [4726206, 'San Antonio, TX'],
];
const SCHOOLS = [
  [110635, 'University of California-Berkeley'], [110644, 'University of California-Davis'], [110662, 'University of California-Los Angeles'],
  [110680, 'University of California-San Diego'], [122409, 'San Diego State University'], [122755, 'San Francisco State University'],
  [243744, 'Stanford University'], [123961, 'University of Southern California'], [233921, 'Cornell University (School of Hotel Administration)'],
  [166027, 'Harvard University'], [199120, 'University of Nevada-Las Vegas'],
];
function fakeAjax(rows, min) {
  return {
    delay: 250,
    transport(params, success) {
      const q = (params.data.q || '').toLowerCase();
      const t = setTimeout(() => success({ results: q.length < min ? [] : rows.filter(([, n]) => n.toLowerCase().includes(q)).slice(0, 10).map(([id, text]) => ({ id, text })) }), 150);
      return { abort: () => clearTimeout(t) };
    },
    // as the vendor's endpoint answers: { results: [{ id, text }] }. Select2 4.1.0-rc.0 maps the items through
    // _normalizeItem without a `this` (harmless in a <script> tag, a TypeError in this strict bundle); handing the
    // result ids over pre-made keeps the plugin's own behaviour
    processResults(data) {
      const key = this.$element.attr('id');
      return { results: data.results.map((r) => ({ ...r, _resultId: `select2-${key}-result-${Math.random().toString(36).slice(2, 6)}-${r.id}` })) };
    },
  };
}
$('#cityId').select2({ width: '100%', placeholder: 'Search for your city', minimumInputLength: 3, ajax: { url: '/careers/api/cities', ...fakeAjax(CITIES, 3) } }).on('change', renderModel);
$('#schoolId').select2({ width: '100%', placeholder: 'Search schools', minimumInputLength: 2, ajax: { url: '/careers/api/schools', ...fakeAjax(SCHOOLS, 2) } }).on('change', renderModel);

Inputmask({ mask: '+1 999-999-9999', clearIncomplete: true }).mask('#mobile');

$('#startDate').daterangepicker({ singleDatePicker: true, autoUpdateInput: false, showDropdowns: true, minDate: moment(), locale: { format: 'MM/DD/YYYY', cancelLabel: 'Clear' } })
  .on('apply.daterangepicker', function (ev, picker) { $(this).val(picker.startDate.format('MM/DD/YYYY')); renderModel(); })
  .on('cancel.daterangepicker', function () { $(this).val(''); renderModel(); });
$('#blackout').daterangepicker({ autoUpdateInput: false, minDate: moment(), maxDate: moment().add(3, 'months'), locale: { format: 'MM/DD/YYYY', cancelLabel: 'Clear' } })
  .on('apply.daterangepicker', function (ev, picker) { $(this).val(`${picker.startDate.format('MM/DD/YYYY')} - ${picker.endDate.format('MM/DD/YYYY')}`); renderModel(); })
  .on('cancel.daterangepicker', function () { $(this).val(''); renderModel(); });
$('#bk_dates').daterangepicker({ autoUpdateInput: false, minDate: moment(), locale: { format: 'MMM D' } })
  .on('apply.daterangepicker', function (ev, picker) { $(this).val(`${picker.startDate.format('MMM D')} – ${picker.endDate.format('MMM D')}`); });

function readModel() {
  const model = {};
  for (const { name, value } of $form.serializeArray()) model[name] = value;
  model.cityId = $('#cityId').val() ?? null;
  model.cityText = $('#cityId option:selected').text() || null;
  model.schoolId = $('#schoolId').val() ?? null;
  model.schoolText = $('#schoolId option:selected').text() || null;
  if (!('hospitalityExp' in model)) model.hospitalityExp = null;
  model.attest = $('#attest').is(':checked');
  model.mobileDigits = $('#mobile')[0].inputmask?.unmaskedvalue() ?? '';
  model.resumeFile = $('#resumeFile')[0].files[0]?.name ?? null;
  model.coverFile = $('#coverFile')[0].files[0]?.name ?? null;
  return model;
}
function renderModel() { $('#model').text(JSON.stringify(readModel(), null, 1)); }
$form.on('input change', renderModel);
renderModel();

$form.on('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!m.firstName || !m.lastName || !m.emailAddress || m.mobileDigits.length !== 10 || !m.cityId || !m.workAuth || !m.visa || !m.resumeFile || !m.attest) {
    $('#apply-error').removeClass('d-none');
    return;
  }
  $form.addClass('d-none');
  $('#apply-done').removeClass('d-none');
});

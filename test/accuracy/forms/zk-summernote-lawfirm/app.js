/*
 * A law firm's careers page (PHP + Bootstrap 4 + jQuery): Summernote (bs4 build) replaces the cover
 * letter textarea with a contenteditable `.note-editable` (the textarea is hidden and synced on
 * change), bootstrap-datepicker (mm/dd/yyyy, autoclose) on the start date, jQuery Mask Plugin on
 * phone "(000) 000-0000", ZIP "00000" and salary "#,##0" (reverse). Posted values go into <pre id="model">.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import 'bootstrap-datepicker/dist/css/bootstrap-datepicker3.min.css';
import $ from 'jquery';
import './jquery-global.js';
import 'bootstrap/dist/js/bootstrap.bundle.js';
import 'summernote/dist/summernote-bs4.js';
import 'bootstrap-datepicker';
import 'jquery-mask-plugin';

const $form = $('#wr-apply');

$('#phone').mask('(000) 000-0000');
$('#zip').mask('00000');
$('#salary').mask('#,##0', { reverse: true });
$('#avail_date').datepicker({ format: 'mm/dd/yyyy', autoclose: true, todayHighlight: true, startDate: new Date() }).on('changeDate', renderModel);
$('#cover').summernote({
  height: 220,
  placeholder: 'Dear Legal Recruiting team ...',
  toolbar: [['style', ['bold', 'italic', 'underline']], ['para', ['ul', 'ol']], ['insert', ['link']]],
  callbacks: { onChange: (contents) => { $('#cover').val(contents); renderModel(); } },
});

function text(html) { return $('<div>').html(html).text().replace(/\s+/g, ' ').trim(); }
function readModel() {
  const model = {};
  for (const { name, value } of $form.serializeArray()) model[name] = value;
  for (const name of ['employed', 'authorized', 'sponsor']) if (!(name in model)) model[name] = null;
  model.certify = $('#certify').is(':checked');
  model.cover = text($('#cover').summernote('code'));
  model.phone_digits = $('#phone').cleanVal();
  model.salary_digits = $('#salary').cleanVal();
  model.resume = $('#resume')[0].files[0]?.name ?? null;
  model.writing_sample = $('#writing_sample')[0].files[0]?.name ?? null;
  return model;
}
function renderModel() { $('#model').text(JSON.stringify(readModel(), null, 1)); }
$form.on('input change', renderModel);
renderModel();

$form.on('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  const ok = m.fname && m.lname && m.email && m.email === m.email2 && m.phone_digits.length === 10 && m.office && m.employed && m.authorized && m.sponsor && m.resume && m.certify && m.signature;
  if (!ok) { $('#form-error').removeClass('d-none'); return; }
  $form.addClass('d-none');
  $('#wr-done').removeClass('d-none');
});

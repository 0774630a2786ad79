/*
 * A staffing agency's "submit your resume" page (classic PHP table layout, jQuery): two Summernote
 * lite editors (no Bootstrap) over the "paste your resume" and "Message to Recruiter" textareas
 * (the second one's placeholder asks for a cover letter), bootstrap-datepicker in month mode
 * (minViewMode months, mm/yyyy) for the available month, jQuery Mask Plugin for the cell phone
 * "000.000.0000" and the ZIP. The posted state is mirrored into <pre id="model">.
 */
import 'bootstrap-datepicker/dist/css/bootstrap-datepicker.standalone.min.css';
import $ from 'jquery';
import './jquery-global.js';
import 'summernote/dist/summernote-lite.js';
import 'bootstrap-datepicker';
import 'jquery-mask-plugin';

const $form = $('#ktp-apply');
$('#txtCell').mask('000.000.0000');
$('#txtZip').mask('00000-0000');
$('#txtAvail').datepicker({ format: 'mm/yyyy', minViewMode: 'months', startView: 'months', autoclose: true, startDate: new Date() }).on('changeDate', renderModel);
const toolbar = [['font', ['bold', 'italic']], ['para', ['ul']]];
$('#txtResumeText').summernote({ height: 140, toolbar, placeholder: 'Paste the text of your resume here if you cannot upload a file', callbacks: { onChange: (c) => { $('#txtResumeText').val(c); renderSoon(); } } });
$('#txtMessage').summernote({ height: 140, toolbar, placeholder: 'Add a cover letter or a note for our recruiters', callbacks: { onChange: (c) => { $('#txtMessage').val(c); renderSoon(); } } });

const text = (html) => $('<div>').html(html).text().replace(/\s+/g, ' ').trim();
function readModel() {
  const model = {};
  for (const { name, value } of $form.serializeArray()) if (name !== 'chkType') model[name] = value;
  model.chkType = $('input[name=chkType]:checked').map((_, el) => el.value).get();
  model.chkSms = $('#chkSms').is(':checked');
  model.chkTerms = $('#chkTerms').is(':checked');
  model.txtResumeText = text($('#txtResumeText').summernote('code'));
  model.txtMessage = text($('#txtMessage').summernote('code'));
  model.cellDigits = $('#txtCell').cleanVal();
  model.fileResume = $('#fileResume')[0].files[0]?.name ?? null;
  return model;
}
var renderTimer; // (var: summernote may call onChange while it initialises)
function renderSoon() { clearTimeout(renderTimer); renderTimer = setTimeout(renderModel, 120); }
function renderModel() { $('#model').text(JSON.stringify(readModel(), null, 1)); }
$form.on('input change', renderModel);
renderModel();
$form.on('submit', (e) => {
  e.preventDefault();
  const m = readModel();
  if (!m.txtFirst || !m.txtLast || !m.txtEmail || m.cellDigits.length !== 10 || !m.ddlWorkStatus || !m.ddlSponsor || !m.fileResume || !m.chkTerms) { $('#errmsg').show(); return; }
  $form.hide();
  $('#thanks').show();
});

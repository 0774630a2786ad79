/*
 * HireTrack hosted apply (the regional ATS's shared script): jQuery steps faded in and out,
 * jquery-mask-plugin on the mobile phone, "add another position" cloning the job block with
 * re-indexed names and fresh generated ids, start-date box revealed by "On a specific date",
 * upload / paste resume switch. The serialized form is written into <pre id="model">.
 */
import $ from 'jquery';
import 'jquery-mask-plugin';

$(function () {
  const $form = $('#htApplyForm');
  const $steps = $form.find('.ht-step');
  let at = 0;

  $('#f_8a3cc').mask('(000) 000-0000');

  function render() {
    const o = {};
    $form.serializeArray().forEach(({ name, value }) => {
      if (o[name] === undefined) o[name] = value;
      else o[name] = [].concat(o[name], value);
    });
    $('#model').text(JSON.stringify(o, null, 1));
  }

  function go(i) {
    $steps.eq(at).hide();
    $steps.eq(i).fadeIn(150);
    $('.ht-progress .dot').each(function (n) { $(this).toggleClass('done', n <= i); });
    at = i;
    window.scrollTo(0, 0);
  }

  $form.on('click', '.ht-next', function () {
    const $missing = $steps.eq(at).find('[data-required]').filter(function () { return !$.trim($(this).val()); });
    $steps.eq(at).find('[data-required]').removeClass('error');
    $missing.addClass('error');
    $('#htErr1').toggle($missing.length > 0);
    if ($missing.length) return;
    go(at + 1);
  });
  $form.on('click', '.ht-back', function () { go(at - 1); });

  let seq = 0xc00;
  $('#htAddJob').on('click', function (e) {
    e.preventDefault();
    const n = $('#htJobs .ht-job').length;
    const $b = $('#htJobs .ht-job').first().clone();
    $b.find('input, select').each(function () {
      const id = 'f_91' + (seq++).toString(16);
      const old = this.id;
      $b.find('label[for="' + old + '"]').attr('for', id);
      this.id = id;
      this.name = this.name.replace('jobs[0]', 'jobs[' + n + ']');
      if (this.type === 'checkbox') this.checked = false; else $(this).val('');
    });
    $b.find('input[name$=employerName]').attr('placeholder', 'Employer');
    $('#htJobs').append($b);
  });

  $('input[name=startWhen]').on('change', function () { $('#htStartDateWrap').toggle(this.value === 'date' && this.checked); });
  $('input[name=resumeMode]').on('change', function () {
    $('#htResumeUpload').toggle(this.value === 'upload');
    $('#htResumePaste').toggle(this.value === 'paste');
  });

  $form.on('input change', render);
  render();

  $form.on('submit', function (e) {
    e.preventDefault();
    const ok = $('#f_b1007').is(':checked');
    $('#htErr3').toggle(!ok);
    if (!ok) return;
    $form.hide();
    $('#htDone').show();
  });
  $('#trackForm, #htStatusForm').on('submit', (e) => e.preventDefault());
});

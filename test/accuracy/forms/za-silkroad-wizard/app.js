/* The site's step script (jQuery, as the page's own <script> would be): show one page at a time, check required answers, swap resume modes. */
import $ from 'jquery';

$(function () {
  var at = 0;
  var $pages = $('#srApplyForm .sr-page');
  $('#srJobSearch, #srAlertForm').on('submit', function (e) { e.preventDefault(); });
  $('input[name=ResumeMode]').on('change', function () {
    var paste = $('#ResumeMode_Paste').is(':checked');
    $('#resumeUploadRow').prop('hidden', paste);
    $('#resumePasteRow').prop('hidden', !paste);
  });
  function missing(i) {
    var need = { 0: ['Q_100_1', 'Q_100_3', 'Q_100_14', 'Q_100_15'], 1: ['Q_220_1', 'Q_220_2'], 2: ['SignatureName'] }[i];
    return need.some(function (id) { return !$.trim($('#' + id).val()); });
  }
  function go(i) {
    $pages.each(function (n) { $(this).prop('hidden', n !== i); });
    $('#srSteps li').each(function (n) { $(this).toggleClass('sr-current', n === i); });
    $('#srPrev').prop('hidden', i === 0);
    $('#srNext').prop('hidden', i === $pages.length - 1);
    $('#srSubmit').prop('hidden', i !== $pages.length - 1);
    at = i;
  }
  $('#srNext').on('click', function () { var bad = missing(at); $('#srError').prop('hidden', !bad); if (!bad) go(at + 1); });
  $('#srPrev').on('click', function () { go(at - 1); });
  $('#srApplyForm').on('submit', function (e) {
    e.preventDefault();
    if (missing(at)) { $('#srError').prop('hidden', false); return; }
    $(this).prop('hidden', true);
    $('#srConfirmation').prop('hidden', false);
  });
});

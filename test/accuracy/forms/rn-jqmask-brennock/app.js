// Brennock careers form: server-rendered markup with jQuery Mask Plugin masks on the mobile
// (a fixed "+1" in the mask), the salary (thousands groups, typed from the right) and the
// DD/MM/YYYY start date; the submit checks the GDPR consent.
import $ from 'jquery';
import 'jquery-mask-plugin';

$(function () {
  $('#f_mobile').mask('+1 (000) 000-0000');
  $('#f_salary').mask('#,##0', { reverse: true });
  $('#f_start').mask('00/00/0000');
  $('#bn-form').on('submit', function (event) {
    event.preventDefault();
    if (!$('#f_gdpr').is(':checked')) {
      $('#bn-err').show();
      return;
    }
    $('#bn-err').hide();
    $('#bn-ok').show();
    $('#bn-send').prop('disabled', true);
  });
});

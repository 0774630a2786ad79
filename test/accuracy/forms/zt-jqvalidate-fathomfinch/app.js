/*
 * Fathom & Finch site bundle: jQuery + jquery-validation for the application form. The agency
 * turned on eager validation (every field is checked when it loses focus, even before a submit),
 * added a US phone rule, a 5-digit ZIP rule and an MM/DD/YYYY rule, and places radio-group errors
 * under the group.
 */
import $ from 'jquery';
import 'jquery-validation';

$(function () {
  $.validator.addMethod('usPhone', function (value, element) {
    return this.optional(element) || /^\(\d{3}\) \d{3}-\d{4}$/.test(value);
  }, 'Please enter a phone number like (555) 555-5555.');
  $.validator.addMethod('zip5', function (value, element) {
    return this.optional(element) || /^\d{5}$/.test(value);
  }, 'Please enter a 5-digit ZIP code.');
  $.validator.addMethod('mdy', function (value, element) {
    return this.optional(element) || /^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/.test(value);
  }, 'Please use MM/DD/YYYY.');

  $('#applyForm').validate({
    onfocusout: function (element) { $(element).valid(); },
    rules: {
      phone: { usPhone: true },
      zip: { zip5: true },
      start_date: { mdy: true },
      salary: { digits: true },
    },
    messages: {
      first_name: 'Please enter your first name.',
      last_name: 'Please enter your last name.',
      agree: 'You must agree to the privacy policy.',
    },
    errorPlacement: function (error, element) {
      if (element.is(':radio') || element.is(':checkbox')) error.appendTo(element.closest('.form-group'));
      else error.insertAfter(element);
    },
    submitHandler: function (form) {
      $(form).hide();
      $('#thankYou').show();
      return false;
    },
  });
  $('#clientLogin, #newsletter').on('submit', function (e) { e.preventDefault(); });
});

/*
 * The site's script for a server-rendered application: fills the country list and turns every
 * <select> into a jQuery Select2 widget (search box only for the long lists), then checks the
 * required fields on submit. The native selects stay in the form and carry the values.
 */
import $ from 'jquery';
import select2 from 'select2';
import 'select2/dist/css/select2.css';
import countries from 'world-countries';

select2(window, $);

const countrySelect = document.querySelector('select[data-countries]');
for (const name of countries.map((country) => country.name.common).sort()) countrySelect.append(new Option(name, name));

$('#cc-application select').each(function enhance() {
  const long = this.options.length > 12;
  $(this).select2({ width: '100%', placeholder: this.dataset.placeholder, minimumResultsForSearch: long ? 0 : Infinity });
});

const form = document.getElementById('cc-application');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const required = ['Candidate_LegalFirstName', 'Candidate_LastName', 'Candidate_Email', 'Q_12041', 'Q_12042', 'Q_12044'];
  const ok = required.every((id) => document.getElementById(id).value.trim() !== '') && document.getElementById('Candidate_Resume').files.length > 0;
  document.getElementById('cc-error').hidden = ok;
  if (!ok) return;
  form.hidden = true;
  document.getElementById('cc-thanks').hidden = false;
});

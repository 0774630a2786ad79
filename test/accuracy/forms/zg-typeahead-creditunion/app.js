/*
 * A credit union's careers page on Bootstrap 5 + jQuery with two classic plugins: typeahead.js
 * (corejs-typeahead fork) + Bloodhound over a remote school search for "College or university"
 * (the plugin wraps the input and adds a read-only hint input before it), and vanillajs-datepicker
 * (the bootstrap-datepicker remake, BS5 styling, mm/dd/yyyy, parses what is typed on blur) for the
 * availability date. The posted form state is written into <pre id="model">.
 */
import 'bootstrap5/dist/css/bootstrap.min.css';
import 'vanillajs-datepicker/css/datepicker-bs5.css';
import $ from 'jquery';
import Bloodhound from 'corejs-typeahead/dist/bloodhound.js';
import 'corejs-typeahead/dist/typeahead.jquery.js';
import { Datepicker } from 'vanillajs-datepicker';

const form = document.getElementById('bfcu-app');
const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Irvine', 'University of California, Los Angeles',
  'California State University, East Bay', 'California State University, Chico', 'Cal Poly San Luis Obispo', 'Saint Mary\'s College of California',
  'San Francisco State University', 'San Jose State University', 'Santa Clara University', 'Stanford University', 'University of the Pacific',
  'Diablo Valley College', 'Berkeley City College', 'Las Positas College',
];
const schools = new Bloodhound({
  datumTokenizer: Bloodhound.tokenizers.whitespace,
  queryTokenizer: Bloodhound.tokenizers.whitespace,
  remote: {
    url: '/careers/api/schools?q=%QUERY',
    wildcard: '%QUERY',
    // the HR vendor's school lookup (GET, JSON array of names)
    transport: (settings, onSuccess) => {
      const q = decodeURIComponent(settings.url.split('q=')[1] || '').toLowerCase();
      setTimeout(() => onSuccess(SCHOOLS.filter((s) => s.toLowerCase().includes(q))), 200);
    },
  },
});
$('#College').typeahead({ hint: true, highlight: true, minLength: 2 }, { name: 'schools', source: schools, limit: 8 })
  .on('typeahead:select typeahead:autocomplete', () => renderModel());

const startPicker = new Datepicker(document.getElementById('StartDate'), { format: 'mm/dd/yyyy', autohide: true, minDate: '01/01/2026', buttonClass: 'btn', todayHighlight: true });
document.getElementById('StartDate').addEventListener('changeDate', () => renderModel());

const today = new Date();
document.getElementById('SignedOn').value = `${String(today.getMonth() + 1).padStart(2, '0')}/${String(today.getDate()).padStart(2, '0')}/${today.getFullYear()}`;

function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = (id) => document.getElementById(id).files[0]?.name ?? null;
  const picked = startPicker.getDate();
  return {
    FirstName: one('FirstName'), MiddleName: one('MiddleName'), LastName: one('LastName'), Suffix: one('Suffix'),
    Email: one('Email'), Phone: one('Phone'), Address1: one('Address1'), Address2: one('Address2'), City: one('City'), State: one('State'), Zip: one('Zip'),
    IsMember: one('IsMember'), College: one('College'), GradYear: one('GradYear'), Degree: one('Degree'), Major: one('Major'),
    CurrentEmployer: one('CurrentEmployer'), CurrentTitle: one('CurrentTitle'), Languages: data.getAll('Languages'),
    StartDate: one('StartDate'), StartPicked: picked ? picked.toISOString().slice(0, 10) : null, SalaryReq: one('SalaryReq'),
    WorkAuth: one('WorkAuth'), Sponsor: one('Sponsor'), Bonding: one('Bonding'),
    ResumeFile: file('ResumeFile'), CoverLetterFile: file('CoverLetterFile'), Source: one('Source'), Signature: one('Signature'),
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!form.checkValidity() || !/^\d{10}$/.test(m.Phone)) {
    form.classList.add('was-validated');
    document.getElementById('form-error').classList.remove('d-none');
    return;
  }
  form.classList.add('d-none');
  document.getElementById('bfcu-done').classList.remove('d-none');
});

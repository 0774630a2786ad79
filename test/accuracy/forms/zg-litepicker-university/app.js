/*
 * A state university's staff job posting (server-rendered), enhanced with stand-alone plugins:
 * Litepicker for the start date (single, MM/DD/YYYY) and the attendance/employment date ranges
 * (two months, read-only boxes), autoComplete.js on the institution box backed by a fake remote
 * school search, and CKEditor 5 (classic editor, GPL licence key) replacing the statement
 * textarea. The form's state is written into <pre id="model">.
 */
import { Litepicker } from 'litepicker';
import autoComplete from '@tarekraafat/autocomplete.js';
import '@tarekraafat/autocomplete.js/dist/css/autoComplete.02.css';
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List, Link } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

const form = document.getElementById('wsu-app');
const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => (d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : null);

const start = new Litepicker({ element: document.getElementById('app_start'), format: 'MM/DD/YYYY', minDate: '2026-06-01', dropdowns: { minYear: 2026, maxYear: 2028, months: true, years: true }, setup: (p) => p.on('selected', () => renderModel()) });
const ranges = ['edu_dates', 'job_dates'].map((id) => new Litepicker({
  element: document.getElementById(id), singleMode: false, numberOfMonths: 2, numberOfColumns: 2, format: 'MM/DD/YYYY', delimiter: ' – ',
  dropdowns: { minYear: 1980, maxYear: 2027, months: true, years: true }, setup: (p) => p.on('selected', () => renderModel()),
}));

const SCHOOLS = [
  'University of California, Berkeley', 'University of California, Davis', 'University of California, Los Angeles', 'University of California, San Diego',
  'University of California, Santa Cruz', 'California State University, East Bay', 'California State University, Sacramento', 'San Francisco State University',
  'San Jose State University', 'Stanford University', 'University of San Francisco', 'University of Southern California', 'Westbrook State University',
  'Oregon State University', 'University of Washington', 'Arizona State University', 'Berklee College of Music', 'Berkeley City College',
];
const schoolInput = document.getElementById('edu_school');
const school = new autoComplete({
  selector: '#edu_school',
  placeHolder: 'e.g. San Jose State University',
  threshold: 2,
  debounce: 250,
  data: {
    // what the HR site's /api/institutions?q= endpoint would return
    src: (query) => new Promise((resolve) => setTimeout(() => resolve(SCHOOLS.filter((name) => name.toLowerCase().includes(query.toLowerCase()))), 200)),
  },
  resultsList: { maxResults: 8, noResults: true, element: (list, data) => { if (!data.results.length) { const li = document.createElement('li'); li.textContent = `No institutions match "${data.query}"`; list.prepend(li); } } },
  resultItem: { highlight: true },
  events: { input: { selection: (event) => { schoolInput.value = event.detail.selection.value; renderModel(); } } },
});

let editor = null;
ClassicEditor.create(document.getElementById('statement'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic, List, Link],
  toolbar: ['bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'link', '|', 'undo', 'redo'],
}).then((instance) => {
  editor = instance;
  editor.model.document.on('change:data', () => { editor.updateSourceElement(); renderModel(); });
  renderModel();
});

function statementText() {
  if (!editor) return '';
  const root = editor.model.document.getRoot();
  return [...root.getChildren()].map((block) => [...block.getChildren()].map((node) => node.data ?? '').join('')).join('\n').trim();
}
function readModel() {
  const data = new FormData(form);
  const one = (name) => data.get(name) ?? '';
  const file = (id) => document.getElementById(id).files[0]?.name ?? null;
  return {
    firstName: one('app[first_name]'), lastName: one('app[last_name]'), email: one('app[email]'), phone: one('app[phone]'), wsuId: one('app[wsu_id]'),
    address: one('app[address]'), city: one('app[city]'), state: one('app[state]'), zip: one('app[zip]'), country: one('app[country]'),
    institution: one('app[education][0][institution]'), degree: one('app[education][0][degree]'), major: one('app[education][0][major]'),
    eduFrom: iso(ranges[0].getStartDate()?.dateInstance), eduTo: iso(ranges[0].getEndDate()?.dateInstance), gpa: one('app[education][0][gpa]'),
    employer: one('app[employment][0][employer]'), title: one('app[employment][0][title]'),
    jobFrom: iso(ranges[1].getStartDate()?.dateInstance), jobTo: iso(ranges[1].getEndDate()?.dateInstance),
    supervisor: one('app[employment][0][supervisor]'), mayContact: one('app[employment][0][may_contact]'),
    availableDate: one('app[available_date]'), availablePicked: iso(start.getDate()?.dateInstance), authorized: one('app[authorized]'), sponsor: one('app[sponsor]'),
    sis: one('app[sis]'), ferpa: one('app[ferpa]'),
    cv: file('doc_cv'), transcript: file('doc_transcript'), statement: statementText(),
    refName: one('app[references][0][name]'), refEmail: one('app[references][0][email]'), certify: data.get('app[certify]') === 'on',
  };
}
function renderModel() { document.getElementById('model').textContent = JSON.stringify(readModel(), null, 1); }
form.addEventListener('input', renderModel);
form.addEventListener('change', renderModel);
renderModel();

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const m = readModel();
  if (!m.firstName || !m.lastName || !m.email || !m.phone || !m.address || !m.city || !m.state || !m.zip || !m.country || !m.institution || !m.degree
    || !m.employer || !m.title || !m.authorized || !m.sponsor || !m.cv || !m.statement || !m.certify) {
    document.getElementById('form-error').classList.remove('hidden');
    return;
  }
  form.classList.add('hidden');
  document.getElementById('wsu-done').classList.remove('hidden');
});

/*
 * The board's script (classic boards.greenhouse.io): every <select> of the application becomes a
 * jQuery Select2 widget (search box only on long lists), the School field is a Select2 with
 * remote results (the school search answers after a short delay), "Attach" opens the file input,
 * "enter manually" reveals the paste box, and submit checks the required fields.
 */
import $ from 'jquery';
import select2 from 'select2';
import 'select2/dist/css/select2.css';

select2(window, $);

const SCHOOLS = [
  'Berkeley City College',
  'California State University, East Bay',
  'Stanford University',
  'University of California, Berkeley',
  'University of California, Berkeley - Haas School of Business',
  'University of California, Davis',
  'University of California, Santa Cruz',
  'University of San Francisco',
  'San Francisco State University',
];

$('#application_form select').not('.gh-remote').each(function enhance() {
  const long = this.options.length > 15;
  $(this).select2({ width: '100%', minimumResultsForSearch: long ? 0 : Infinity });
});

$('select.gh-remote').select2({
  width: '100%',
  placeholder: 'Select a School',
  minimumInputLength: 2,
  ajax: {
    delay: 250,
    transport(params, success) {
      const term = (params.data.term || '').toLowerCase();
      const timer = setTimeout(() => {
        success({
          results: SCHOOLS.filter((name) => name.toLowerCase().includes(term)).map((name, i) => ({ id: String(5200 + SCHOOLS.indexOf(name)), text: name })),
        });
      }, 300);
      return { abort: () => clearTimeout(timer) };
    },
    // Select2 4.1.0-rc.0 maps the items through _normalizeItem without a `this` (harmless in a
    // <script> tag, a TypeError in this strict bundle): the result ids are handed over pre-made.
    processResults(data) {
      const key = this.$element.attr('id');
      return { results: data.results.map((r) => ({ ...r, _resultId: `select2-${key}-result-${r.id}` })) };
    },
  },
});

for (const box of document.querySelectorAll('.attach-or-paste')) {
  const input = box.querySelector('input[type=file]');
  box.querySelector('button[data-source=attach]').addEventListener('click', () => input.click());
  box.querySelector('a[data-source=paste]').addEventListener('click', (event) => {
    event.preventDefault();
    box.querySelector('textarea').style.display = 'block';
  });
  input.addEventListener('change', () => {
    box.querySelector('.chosen').textContent = input.files[0] ? input.files[0].name : '';
  });
}

document.querySelector('.locate-me')?.addEventListener('click', (event) => event.preventDefault());

const form = document.getElementById('application_form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const missing = [...form.querySelectorAll('[data-required=true]')].filter((el) =>
    el.type === 'file' ? el.files.length === 0 : el.value.trim() === '',
  );
  document.getElementById('gh-errors').hidden = missing.length === 0;
  if (missing.length) return;
  form.hidden = true;
  document.getElementById('application_confirmation').hidden = false;
});

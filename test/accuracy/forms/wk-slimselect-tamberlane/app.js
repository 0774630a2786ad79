/*
 * Tamberlane Outdoor Co.: a server-rendered (Laravel Blade) application form whose selects are
 * turned into Slim Select 3 widgets by this script, as the careers theme does: the native
 * <select> is hidden and kept in sync, the widget shows the choice in its own box and opens a
 * content panel appended to <body> (search box on the long lists: country with a "Most common"
 * optgroup above "All countries", state as "CA – California"; none on the short ones). Multiple
 * selects show removable chips; the tools list is addable (type + Enter). Submission is checked
 * here (required fields, a consent box) before the flash message shows.
 */
import SlimSelect from 'slim-select';
import 'slim-select/styles';

const long = { showSearch: true, searchPlaceholder: 'Search', searchText: 'No results found', placeholderText: 'Select…' };
const short = { showSearch: false, placeholderText: 'Select…' };

const widgets = {};
widgets.country = new SlimSelect({ select: '#candidate_country', settings: { ...long, placeholderText: 'Select a country' } });
widgets.state = new SlimSelect({ select: '#candidate_state', settings: { ...long, placeholderText: 'Select a state' } });
for (const id of ['candidate_years', 'candidate_education', 'candidate_work_authorization', 'candidate_salary', 'candidate_notice', 'candidate_source', 'candidate_gender', 'candidate_ethnicity']) {
  widgets[id] = new SlimSelect({ select: `#${id}`, settings: { ...short, allowDeselect: id === 'candidate_source' } });
}
widgets.locations = new SlimSelect({ select: '#candidate_locations', settings: { showSearch: false, placeholderText: 'Choose locations', closeOnSelect: false } });
widgets.skills = new SlimSelect({
  select: '#candidate_skills',
  settings: { placeholderText: 'Add tools', searchPlaceholder: 'Search or add', closeOnSelect: false },
  events: { addable: (value) => value.trim() || false },
});

const form = document.getElementById('application-form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  let ok = true;
  for (const el of form.querySelectorAll('[required]')) {
    const empty = el.type === 'checkbox' ? !el.checked : el.type === 'file' ? !el.files.length : !el.value;
    el.closest('.tl-field')?.classList.toggle('tl-invalid', empty);
    if (empty) ok = false;
  }
  if (!form.querySelector('input[name="candidate[sponsorship]"]:checked')) ok = false;
  document.getElementById('flash').hidden = !ok;
});

/*
 * Fernhollow's careers page: the application is the site's own <fr-application> Lit element
 * (open shadow root) built from Material Web components (each with its own shadow root). This
 * posting passes its questions; the answers are rendered into <pre id="model">.
 */
import './fr-application.js';

const app = document.getElementById('fr-app');
app.questions = [
  { type: 'radio', name: 'work_auth', label: 'Are you authorized to work in the United States?', options: [['yes', 'Yes'], ['no', 'No']] },
  { type: 'radio', name: 'sponsorship', label: 'Will you now or in the future require visa sponsorship to work for Fernhollow?', options: [['yes', 'Yes'], ['no', 'No']] },
  { type: 'date', name: 'start_date', label: 'Earliest start date' },
  { type: 'number', name: 'salary', label: 'Salary expectation', prefix: '$', suffix: 'per year' },
  { type: 'select', name: 'heard', label: 'How did you hear about Fernhollow?', options: [['', ''], ['linkedin', 'LinkedIn'], ['friend', 'A friend or colleague'], ['event', 'Meetup or conference'], ['press', 'News article'], ['other', 'Other']] },
  { type: 'textarea', name: 'automate', label: 'What would you want to automate first in a warehouse?', rows: 3 },
];

const defaults = { first_name: '', last_name: '', email: '', phone: '', street: '', city: '', state: '', zip: '', pronouns: '', linkedin: '', github: '', resume: null, employer: '', title: '', experience: '', degree: '', work_auth: null, sponsorship: null, start_date: '', salary: '', heard: '', automate: '', gender: '', veteran: '', consent: false, future_roles: false };
const render = (values) => {
  document.getElementById('model').textContent = JSON.stringify({ ...defaults, ...values }, null, 1);
};
app.addEventListener('fr-change', (event) => render(event.detail));
app.addEventListener('fr-submit', () => {
  app.hidden = true;
  document.getElementById('fr-thanks').hidden = false;
});
render({});

/*
 * Fernhollow's careers page, another posting: the same <fr-application> Lit element
 * (../qg-md-nested/fr-application.js, Material Web inside its shadow root) with this posting's
 * questions; the answers are rendered into <pre id="model">.
 */
import '../qg-md-nested/fr-application.js';

const app = document.getElementById('fr-app');
app.questions = [
  { type: 'select', name: 'eligible', label: 'Are you eligible to work in the US without restriction?', options: [['', ''], ['y', 'Yes'], ['n', 'No']] },
  { type: 'radio', name: 'visa', label: 'Do you need Fernhollow to sponsor a visa for you?', options: [['need', 'Yes, now or in the future'], ['none', 'No, I don’t need sponsorship']] },
  { type: 'text', name: 'start', label: 'When could you start?', help: 'MM/DD/YYYY' },
  { type: 'radio', name: 'onsite', label: 'This role is on-site five days a week. Does that work for you?', options: [['yes', 'Yes'], ['no', 'No'], ['talk', 'Let’s talk about it']] },
  { type: 'number', name: 'ros_years', label: 'Years of experience with ROS or ROS 2' },
  { type: 'textarea', name: 'letter', label: 'Cover letter', rows: 5 },
];

const defaults = { first_name: '', last_name: '', email: '', phone: '', street: '', city: '', state: '', zip: '', pronouns: '', linkedin: '', github: '', resume: null, employer: '', title: '', experience: '', degree: '', eligible: '', visa: null, start: '', onsite: null, ros_years: '', letter: '', gender: '', veteran: '', consent: false, future_roles: false };
const render = (values) => {
  document.getElementById('model').textContent = JSON.stringify({ ...defaults, ...values }, null, 1);
};
app.addEventListener('fr-change', (event) => render(event.detail));
app.addEventListener('fr-submit', () => {
  app.hidden = true;
  document.getElementById('fr-thanks').hidden = false;
});
render({});

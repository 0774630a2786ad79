import { renderApplication } from '../qe-rbt-cedarline/template.jsx';

renderApplication({
  title: 'Fleet Operations Data Analyst',
  where: 'Yakima, WA or remote (US) · Full-time · Team: Field Operations',
  blurb: [
    'Two hundred Cedarline pickers work Washington orchards from August to November. Field Operations keeps them charged, mapped and moving.',
    'You will build the daily fleet-health reports, find the failure patterns in telemetry before the growers do, and help plan where next season\'s robots go.',
  ],
  ratings: ['SQL', 'Python'],
  questions: [
    { id: '40112', type: 'select', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'Prefer to self-describe'] },
    { id: '40113', type: 'select', label: 'Largest robot or vehicle fleet whose telemetry you have analysed', options: ['Under 50 units', '50–500 units', 'More than 500 units', 'None yet'] },
    { id: '40114', type: 'checks', label: 'Which of these have you used on the job?', options: ['Looker', 'Tableau', 'dbt', 'Grafana', 'Jupyter'] },
    { id: '40115', type: 'radio', label: 'Once a month the fleet team works a night shift during harvest. Is that possible for you?', options: ['Yes', 'No'], required: true },
  ],
});

import { renderApplication } from '../uk-baseui-ferrolane/template.jsx';

renderApplication({
  title: 'Senior Analytics Engineer, Rider Safety',
  where: 'San Francisco, CA · Hybrid · Full-time',
  questions: [
    { key: 'q_employed', type: 'radio', label: 'Are you working somewhere right now?', options: [['yes', 'Yes, I’m currently employed'], ['no', 'No, I’m between roles']] },
    { key: 'q_dbt', type: 'select', label: 'How many years have you used dbt?', options: [['0', 'Never'], ['1', 'Less than a year'], ['2', '1-2 years'], ['3', '3+ years']] },
    { key: 'q_github', type: 'text', label: 'GitHub profile', caption: 'Optional' },
    { key: 'q_incident', type: 'textarea', label: 'Tell us about a metric you built that changed a decision' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  company: 'Pellworth Grid',
  title: 'Senior Data Engineer, Outage Analytics',
  meta: 'San Francisco, CA · Hybrid · Full-time',
  questions: [
    { key: 'authorized', type: 'radio', label: 'Are you authorized to work in the United States?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'sponsorship', type: 'radio', label: 'Will you now or in the future need visa sponsorship?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'salary', type: 'money', label: 'Desired annual base salary (USD)' },
    { key: 'startDate', type: 'date', label: 'Earliest date you could start' },
    { key: 'oncall', type: 'radio', label: 'This team shares a weekly on-call rotation. Are you comfortable with that?', options: [['yes', 'Yes'], ['no', 'No'], ['discuss', "I'd like to discuss it"]] },
    { key: 'source', type: 'select', label: 'Where did you first hear about Pellworth?', options: [['li', 'LinkedIn'], ['friend', 'A friend or colleague'], ['event', 'Conference or meetup'], ['search', 'Search engine'], ['other', 'Other']] },
  ],
});

import { renderApplication } from '../pk-antd-oakhaven/template.jsx';

renderApplication({
  title: 'Data Engineer, Assessments Platform',
  meta: 'Remote (US) · Full-time',
  blurb: 'Oakhaven’s adaptive quizzes score two million answers a day. Keep the item-response data clean, versioned and ready for our psychometricians.',
  questions: [
    { type: 'select', key: 'q_tz', label: 'What time zone are you in?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska / Hawaii', 'Outside the US'] },
    { type: 'number', key: 'q_airflowYears', label: 'Years of hands-on Airflow or Dagster', help: 'Whole years; 0 is fine' },
    { type: 'radio', key: 'q_employed', label: 'Are you working at the moment?', options: ['Yes', 'No'] },
    { type: 'text', key: 'q_psychometrics', label: 'Any exposure to psychometrics or item response theory? (one line is fine)' },
    { type: 'textarea', key: 'q_versioning', label: 'How would you version a scoring model so last spring’s results can be reproduced exactly?' },
  ],
});

import { renderGusto, EDUCATION } from './form.jsx';

renderGusto({
  company: 'Sierra Foothill Credit Union',
  questions: [
    { id: 'q-4f0e1', kind: 'yesno', label: 'Are you legally authorized to work in the United States?' },
    { id: 'q-4f0e2', kind: 'yesno', label: 'Will you now or in the future require the company to sponsor an employment visa?' },
    { id: 'q-4f0e9', kind: 'yesno', label: 'This role requires one on-site day per month in Auburn, CA. Is that OK?' },
    { id: 'q-4f0e3', kind: 'checkboxes', label: 'Which of these tools have you used in production?', optional: true, desc: 'Select all that apply', options: ['dbt', 'Snowflake', 'Looker', 'Tableau', 'Power BI', 'Airflow'] },
    { id: 'q-4f0e4', kind: 'date', label: 'When can you start?', desc: 'MM/DD/YYYY' },
    { id: 'q-4f0e5', kind: 'text', numeric: true, label: 'What is your desired annual salary?', desc: 'The range for this role is $118,000 – $142,000.' },
    { id: 'q-4f0e6', kind: 'select', label: 'How many years of analytics or data engineering experience do you have?', options: ['Under 2 years', '2 to 4 years', '5 to 8 years', '9+ years'] },
    { id: 'q-4f0e7', kind: 'select', label: 'What is the highest level of education you have completed?', options: EDUCATION },
    { id: 'q-4f0e8', kind: 'textarea', optional: true, label: 'Tell us about a dashboard or data model you built that changed a decision.' },
  ],
});

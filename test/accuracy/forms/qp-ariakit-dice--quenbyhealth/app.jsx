import { renderApplication } from '../qp-ariakit-dice/template.jsx';

renderApplication({
  board: 'Stackhire',
  title: 'Data Engineer II',
  company: 'Quenby Health',
  where: 'Remote (United States)',
  type: 'Full-time',
  pay: '$140,000 - $170,000 per year',
  alertQuery: 'data engineer, remote',
  accountLocation: 'San Francisco, CA',
  storedResume: { name: 'Ysoldine_Quarrington_Resume_2021.pdf', meta: 'Uploaded Jun 12, 2021' },
  dialCodes: ['Canada (+1)', 'Germany (+49)', 'India (+91)', 'Philippines (+63)', 'United States (+1)'],
  description: [
    'Quenby Health runs virtual physical-therapy clinics in 31 states. You will build the claims and outcomes pipelines our clinical and finance teams report from.',
    'HIPAA experience is a plus; Snowflake, dbt and Dagster are our stack.',
  ],
  similar: ['Senior Data Engineer - Ferrowick Logistics', 'Healthcare Data Analyst - Arbor Clinics', 'Data Engineer - Lumen Dental'],
  questions: [
    { id: '88410', type: 'pills', label: 'Are you currently eligible to work in the US for any employer?', options: ['Yes', 'No'] },
    { id: '88411', type: 'select', label: 'Do you require visa sponsorship now or in the future?', options: ['Yes, I require sponsorship', 'No, I do not require sponsorship'] },
    { id: '88412', type: 'number', label: 'How many years of professional experience do you have as a data engineer?' },
    { id: '88413', type: 'number', label: 'How many years have you worked with Snowflake?' },
    { id: '88414', type: 'select', label: 'Which best describes your education?', options: ['Some college', "Associate's degree", "Bachelor's degree or equivalent", "Master's degree or higher"] },
    { id: '88415', type: 'pills', label: 'Have you worked with HIPAA-regulated data?', options: ['Yes', 'No'] },
    { id: '88416', type: 'select', label: 'Which time zone will you work from?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii'] },
    { id: '88417', type: 'text', label: 'Expected annual compensation (USD)', placeholder: 'e.g. 135000' },
    { id: '88418', type: 'pills', label: 'Are you currently employed?', options: ['Yes', 'No'] },
  ],
});

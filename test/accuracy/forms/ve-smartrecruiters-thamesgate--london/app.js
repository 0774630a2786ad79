import { renderOneClick } from '../ve-smartrecruiters-thamesgate/oneclick.js';

renderOneClick({
  company: 'Thamesgate Insurance Group',
  title: 'Data Engineer, Pricing',
  location: 'London, United Kingdom · Hybrid · Full-time',
  phoneCountry: 'United Kingdom',
  questions: [
    { name: 'q-5d20b9e0-rtw', label: 'Do you have the right to work in the UK?', kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-5d20b9e1-visa', label: 'Will you require a Skilled Worker visa (sponsorship) to take up this role?', kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-5d20b9e2-us-auth', label: 'This role may also be filled in our New York office. Are you eligible to work in the US without sponsorship?', kind: 'select', options: ['Yes, I am eligible to work in the US without sponsorship', 'No, I would need sponsorship', 'Not applicable'] },
    { name: 'q-5d20b9e3-notice', label: 'What is your notice period?', kind: 'select', required: true, options: ['Immediately available', '1 month', '2 months', '3 months', 'More than 3 months'] },
    { name: 'q-5d20b9e4-salary', label: 'Expected base salary (GBP)', kind: 'text', hint: 'e.g. 75,000' },
    { name: 'q-5d20b9e5-years', label: 'Years of commercial experience with Python and SQL for data pipelines', kind: 'select', required: true, options: ['1-2', '3-4', '5-6', '7+'] },
    { name: 'q-5d20b9e6-degree', label: 'What is your highest qualification?', kind: 'select', options: ['GCSEs / A-levels', 'Undergraduate degree (BA/BSc)', 'Postgraduate degree (MA/MSc)', 'PhD', 'Professional qualification'] },
    { name: 'q-5d20b9e7-hybrid', label: 'This role requires two days a week in our Fenchurch Street office. Can you commit to this?', kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-5d20b9e8-github', label: 'GitHub profile', kind: 'text' },
    { name: 'q-5d20b9e9-tools', label: 'Which of these have you used? (select all that apply)', kind: 'checkboxes', options: ['dbt', 'Airflow', 'Spark', 'Emblem / Radar', 'Azure Synapse'] },
    { name: 'q-5d20b9ea-why', label: 'Why are you interested in insurance pricing?', kind: 'textarea' },
  ],
});

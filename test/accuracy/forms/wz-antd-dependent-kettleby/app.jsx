import { mount } from './careers.jsx';

mount({
  role: 'Senior Data Engineer, Grain Origination',
  yearsLabel: 'Years of professional data engineering experience',
  authLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you now or in the future require Kettleby to sponsor an employment visa?',
  payNote: 'The posted range for this role is $138,000 – $162,000 per year.',
  questions: [
    { name: 'q_4471', type: 'buttons', label: 'This role is hybrid (three days a week in our Kansas City office). Are you able to work on site at that schedule?', options: ['Yes', 'No', 'Open to relocating'], required: true },
    { name: 'q_4472', type: 'select', label: 'Which cloud data warehouse have you used most?', options: ['Snowflake', 'BigQuery', 'Redshift', 'Databricks SQL', 'Synapse', 'None of these'] },
    { name: 'q_4473', type: 'text', label: 'Tell us about a pipeline you built that business users depended on.' },
  ],
});

import { renderApplication } from '../wa-tremor-ledgerline/template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Revenue Data',
  team: 'Finance Data',
  where: 'Remote (US)',
  tools: ['Airflow', 'BigQuery', 'dbt', 'Fivetran', 'NetSuite', 'Python', 'Snowflake', 'Stripe Sigma'],
  questions: [
    { key: 'q_tz', type: 'select', label: 'Which US time zone do you work in?', options: ['Pacific', 'Mountain', 'Central', 'Eastern'], initial: '' },
    { key: 'q_pipelines', type: 'number', label: 'How many years have you been building data pipelines professionally?', initial: '' },
    { key: 'q_has_job', type: 'select', label: 'Are you employed at the moment?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_sox', type: 'select', label: 'Have you owned pipelines that fall under SOX controls?', options: ['Yes', 'No', 'Not sure'], initial: '' },
    { key: 'q_recon', type: 'textarea', label: 'Describe a revenue reconciliation you automated.', initial: '' },
  ],
});

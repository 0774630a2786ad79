import { renderApplication } from '../po-antdv-pellridge/template.js';

renderApplication({
  title: 'Analytics Engineer, Biostatistics Tooling',
  meta: 'Remote in the US — Full-time',
  blurb: 'Our biostatisticians spend too long waiting on data. Build the dbt models, tests and lineage views that get a locked trial database to a first table in hours instead of weeks.',
  questions: [
    { type: 'select', key: 'q_zone', label: 'Which time zone are you in?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska / Hawaii', 'Outside the US'] },
    { type: 'buttons', key: 'q_analytics_years', label: 'Years working in data engineering or analytics engineering', options: ['Under 2', '2–4', '5–8', '9+'] },
    { type: 'multi', key: 'q_tools', label: 'Which of these have you used in production?', options: ['dbt', 'Airflow', 'Dagster', 'Snowflake', 'BigQuery', 'SAS'] },
    { type: 'text', key: 'q_notice', label: 'How much notice do you need to give?', help: 'e.g. 2 weeks, 1 month' },
    { type: 'textarea', key: 'q_hardest', label: 'What is the hardest data quality problem you have fixed?' },
  ],
});

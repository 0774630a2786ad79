import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Analytics Engineer',
  team: 'Data',
  where: 'Remote (US) or San Francisco',
  tools: ['BigQuery', 'dbt', 'Dagster', 'Fivetran', 'Looker', 'Python', 'Snowflake', 'SQL'],
  questions: [
    { key: 'q_dbt_years', type: 'number', label: 'How many years have you used dbt in production?', initial: '' },
    { key: 'q_oncall', type: 'select', label: 'Are you comfortable joining a one-week-in-six on-call rotation?', options: ['Yes', 'No', "I'd like to discuss"], initial: '' },
  ],
});

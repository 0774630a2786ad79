import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Grid Telemetry',
  team: 'Data Platform',
  where: 'San Francisco Bay Area, Denver or Remote (US)',
  intro: 'Pemberlyn Grid turns smart-meter and substation telemetry into forecasts utilities plan their networks with. You will own the pipelines that ingest two billion readings a day.',
  yearsLabel: 'How much professional data engineering experience do you have?',
  years: [
    ['0-2', '0–2 years', 'Early career'],
    ['3-5', '3–5 years', 'Ships projects independently'],
    ['6-8', '6–8 years', 'Leads projects across teams'],
    ['9+', '9+ years', 'Sets technical direction'],
  ],
  stackLabel: 'Which of these have you run in production?',
  stack: ['Airflow', 'BigQuery', 'dbt', 'Flink', 'Kafka', 'Snowflake', 'Spark', 'TimescaleDB'],
  questions: [
    { key: 'q_timeseries', label: 'Have you built pipelines for time-series or IoT data at scale? *', options: ['Yes', 'No'], required: true },
    { key: 'q_outage', label: 'Tell us about a data incident you handled and what you changed afterwards.', type: 'text' },
  ],
});

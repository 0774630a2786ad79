import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Grid Forecasting',
  team: 'Forecasting Platform',
  where: 'San Francisco, CA · Hybrid',
  intro: 'We forecast load and solar output for 2.3 million meters. Build the pipelines that feed our day-ahead models and the dashboards our grid operators trust.',
  yearsLabel: 'Years of experience building data pipelines',
  years: ['Under 3', '3–5', '6–8', '9+'],
  skills: ['Airflow', 'dbt', 'Kafka', 'Python', 'Spark', 'SQL', 'TimescaleDB'],
  teams: [
    { title: 'Forecasting', value: 'forecasting', children: [{ title: 'Load forecasting', value: 'load' }, { title: 'Solar forecasting', value: 'solar' }] },
    { title: 'Data Platform', value: 'platform', children: [{ title: 'Ingestion', value: 'ingestion' }, { title: 'Warehouse', value: 'warehouse' }] },
  ],
  questions: [
    { key: 'q_sites', type: 'checkboxes', label: 'Which of our sites could you visit occasionally?', options: ['Oakland control room', 'Fresno substation', 'Bakersfield yard'] },
    { key: 'q_timeseries', type: 'text', label: 'Describe a time-series pipeline you built and how you tested it.' },
  ],
});

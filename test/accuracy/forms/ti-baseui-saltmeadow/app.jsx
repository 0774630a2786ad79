import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Fulfillment Data',
  where: 'San Francisco, CA · Hybrid (2 days in office) · Full-time',
  blurb: 'Fulfillment Data owns the pipelines that tell 900 partner stores what to pick, pack and restock. You will rebuild our order-event pipeline and the models behind substitution suggestions.',
  questions: [
    { key: 'q_years', type: 'segments', label: 'Years of professional experience', options: [['0-2', '0–2'], ['3-5', '3–5'], ['6-9', '6–9'], ['10+', '10+']] },
    { key: 'q_auth', type: 'tiles', label: 'Are you legally authorized to work in the United States?', options: [['yes', 'Yes', 'I can work in the US today'], ['no', 'No', 'I am not authorized yet']] },
    { key: 'q_sponsor', type: 'tiles', label: 'Will you now or in the future require Saltmeadow to sponsor a work visa?', options: [['yes', 'Yes', 'I will need sponsorship'], ['no', 'No', "I won't need sponsorship"]] },
    { key: 'q_tools', type: 'tags', label: 'Which of these have you run in production?', caption: 'Pick all that apply', options: ['Airflow', 'dbt', 'Kafka', 'Spark', 'Flink', 'Snowflake', 'BigQuery', 'Databricks'] },
    { key: 'q_onsite', type: 'select', label: 'Can you be in our Mission District office two days a week?', options: [['yes', 'Yes'], ['no', 'No'], ['talk', "Let's talk about it"]] },
  ],
});

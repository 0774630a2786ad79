import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Risk Platform',
  team: 'Risk Engineering',
  where: 'San Francisco, New York or Remote (US)',
  intro: 'Risk Platform scores every payment Copperfield moves. You will build the streaming features and batch backfills our fraud models depend on.',
  yearsLabel: 'Years of professional data engineering experience',
  years: ['Less than 2 years', '2–4 years', '5–6 years', '7–9 years', '10+ years'],
  skills: ['Airflow', 'dbt', 'Flink', 'Kafka', 'Python', 'Scala', 'Snowflake', 'Spark', 'SQL'],
  questions: [
    { key: 'q_streaming', label: 'Have you operated a streaming pipeline (Kafka, Kinesis, Pub/Sub) in production?', options: ['Yes', 'No'], required: true },
    { key: 'q_oncall', label: 'Are you comfortable joining an on-call rotation (one week in six)?', options: ['Yes', 'No', "I'd like to discuss"] },
  ],
});

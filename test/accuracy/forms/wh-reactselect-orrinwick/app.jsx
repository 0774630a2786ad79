import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Clinical Data Platform',
  team: 'Data Platform',
  where: 'San Francisco or Remote (US)',
  intro: 'Our clinical data platform turns claims, labs and visit notes into the signals our care teams act on. You will own ingestion and modelling for two of our largest payer partners.',
  yearsLabel: 'How many years have you worked as a data or software engineer?',
  years: ['Less than 3 years', '3–5 years', '6–8 years', '9+ years'],
  skillsLabel: 'Which of these have you used in production?',
  skills: ['Airflow', 'BigQuery', 'dbt', 'FHIR / HL7', 'Kafka', 'Python', 'Snowflake', 'Spark', 'Terraform'],
  questions: [
    { key: 'hipaa', label: 'Have you worked with protected health information (PHI) under HIPAA?', options: ['Yes', 'No'] },
    { key: 'travel', label: 'This role visits our Denver care hub about once a quarter. Is that workable for you?', options: ['Yes', 'No', 'Let’s discuss'] },
  ],
});

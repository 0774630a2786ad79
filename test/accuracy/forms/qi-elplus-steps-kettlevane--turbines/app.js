import { mountPosting } from '../qi-elplus-steps-kettlevane/template.js';

mountPosting({
  team: 'Reliability Engineering · Austin, TX',
  title: 'Data Engineer, Turbine Reliability',
  where: 'Austin, TX (hybrid) · Full-time',
  intro: 'Gearbox and blade failures cost us more than any storm. The reliability team predicts them from vibration, oil and SCADA data; you will build and run the feature pipelines behind those models.',
  skills: ['Python', 'SQL', 'Databricks', 'MLflow', 'Vibration analysis', 'Airflow', 'AWS'],
  questions: [
    { key: 'q_cms', kind: 'select', label: 'Which condition-monitoring data have you worked with?', options: ['Vibration', 'Oil particle counts', 'Thermal imaging', 'Several of these', 'None'] },
    { key: 'q_ml', kind: 'radio', label: 'Have you put a predictive-maintenance model into production?', options: ['Yes', 'No'] },
    { key: 'q_story', kind: 'text', label: 'Describe a time you found a data-quality problem in sensor data before it misled someone.' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Platform Engineer',
  company: 'Marrowgate',
  where: 'San Francisco or remote (US)',
  questions: [
    { key: 'q_years', type: 'segmented', label: 'Years of experience', options: ['0–2', '3–5', '6–9', '10+'] },
    { key: 'q_authorized', type: 'radio', label: 'Are you authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'q_sponsorship', type: 'select', label: 'Will you require visa sponsorship?', options: ['Yes', 'No'] },
    { key: 'q_available', type: 'text', label: 'When could you start?', placeholder: 'MM/YYYY', initial: '' },
    { key: 'q_stack', type: 'multi', label: 'Which of these have you used in production?', options: ['Airflow', 'dbt', 'Kafka', 'Snowflake', 'Spark'], initial: [] },
    { key: 'q_proud', type: 'textarea', label: "Tell us about a project you're proud of", initial: '' },
    { key: 'q_relocate', type: 'switch', label: "I'm open to relocating to San Francisco", initial: false },
  ],
});

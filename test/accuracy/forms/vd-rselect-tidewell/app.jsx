import { renderTidewell } from './form.jsx';

renderTidewell({
  team: 'Engineering · Risk & Fraud',
  title: 'Senior Data Engineer, Risk Platform',
  location: 'San Francisco, CA (hybrid) or Melbourne, VIC',
  blurb: 'Tidewell processes A$40 billion a year in card-present and online payments for merchants across Australia and the US. Our risk platform scores every authorisation in under 30 ms — help us build the features and streaming pipelines behind it.',
  websiteLabel: 'Personal website',
  questionsTitle: 'Application questions',
  experienceLabel: 'How many years of professional data engineering experience do you have?',
  ranges: ['0–2 years', '3–5 years', '6–8 years', '9–12 years', '13+ years'],
  salaryLabel: 'Expected base salary',
  skillsLabel: 'Which of these have you used in production?',
  skills: ['Kafka', 'Flink', 'Spark', 'dbt', 'Snowflake', 'BigQuery', 'Airflow'],
  questions: [
    { id: 'question_31904401', kind: 'select', required: true, label: 'Are you legally authorised to work in the country where this role is based?', options: ['Yes, I am authorised to work there for any employer', 'Yes, but only with my current employer (e.g. on an H-1B or TSS visa)', 'No, I am not authorised to work there'] },
    { id: 'question_31904402', kind: 'radio', required: true, label: 'Will you now or in the future require Tidewell to sponsor a visa for you to work in that country?', options: ['Yes, I will require sponsorship', 'No, I will not require sponsorship'] },
    { id: 'question_31904403', kind: 'select', required: false, label: 'This role is hybrid, with two days a week in our office. Are you able to do that?', options: ['Yes, I live near one of the offices', 'Yes, I would relocate at my own cost', 'No, I am only looking for fully remote roles'] },
    { id: 'question_31904404', kind: 'radio', required: false, label: 'Have you previously worked for Tidewell or one of its subsidiaries?', options: ['Yes, I have worked for Tidewell before', 'No, I have never worked for Tidewell'] },
    { id: 'question_31904405', kind: 'text', long: true, label: 'Tell us about a real-time system you have designed or operated. What would you change about it today?' },
  ],
});

import { renderApplication } from './application.jsx';

const P = 'b1f0c3a2-7d41-4c7e-9a55-0e3f8c2d1a';
renderApplication({
  company: 'Tessellate Mutual',
  questions: [
    { id: `${P}01`, kind: 'tel', label: 'Phone', after: 'email' },
    { id: `${P}02`, kind: 'text', label: 'LinkedIn Profile' },
    { id: `${P}03`, kind: 'text', label: 'GitHub' },
    { id: `${P}04`, kind: 'yesno', label: 'Are you legally authorized to work in the United States?', required: true },
    { id: `${P}05`, kind: 'yesno', label: 'Will you now or in the future require employment visa sponsorship?', required: true },
    { id: `${P}06`, kind: 'radios', label: 'How many years of professional data engineering experience do you have?', options: ['0-2 years', '3-5 years', '6-8 years', '9+ years'] },
    { id: `${P}07`, kind: 'checks', label: 'Which of these have you run in production? (select all that apply)', options: ['Snowflake', 'BigQuery', 'Databricks', 'dbt', 'Airflow', 'Kafka'] },
    { id: `${P}08`, kind: 'yesno', label: 'Do you hold, or have you held, a state insurance producer license?' },
    { id: `${P}09`, kind: 'yesno', label: 'This role is hybrid, three days a week in our Hartford, CT office. Are you able to work from Hartford?', required: true },
    { id: `${P}10`, kind: 'text', label: 'What are your base salary expectations?', description: 'The posted range is $150K – $185K base.' },
    { id: `${P}11`, kind: 'date', label: 'What is the earliest date you could start?' },
    { id: `${P}12`, kind: 'text', label: 'Pronouns', placeholder: 'e.g. she/her, they/them' },
    { id: `${P}13`, kind: 'file', label: 'Cover Letter' },
    { id: `${P}14`, kind: 'radios', label: 'How did you hear about Tessellate Mutual?', options: ['LinkedIn', 'Built In', 'A friend or colleague', 'Conference or meetup', 'Other'] },
  ],
});

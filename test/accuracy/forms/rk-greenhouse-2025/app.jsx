import { renderBoard } from './board.jsx';

renderBoard({
  company: 'Lumenvale Energy',
  questions: [
    { id: 'question_32871940001', kind: 'text', label: 'LinkedIn Profile' },
    { id: 'question_32871941001', kind: 'text', label: 'Website' },
    { id: 'question_32871942001', kind: 'select', label: 'Are you legally authorized to work in the United States?', required: true, options: ['Yes', 'No'] },
    { id: 'question_32871943001', kind: 'select', label: 'Will you now or in the future require sponsorship for employment visa status?', required: true, options: ['Yes', 'No'] },
    { id: 'question_32871944001', kind: 'select', label: 'How many years of professional data engineering experience do you have?', required: true, options: ['0-1', '2-4', '5-7', '8-10', '11+'] },
    { id: 'question_32871945001', kind: 'multi', label: 'Which of the following have you used in production? (Select all that apply)', options: ['Airflow', 'Dagster', 'dbt', 'Kafka', 'Snowflake', 'Spark', 'None of the above'] },
    { id: 'question_32871946001', kind: 'select', label: 'This role is hybrid, 3 days a week in our New York office. Are you able to commute to our New York office?', required: true, options: ['Yes', 'No', 'I would relocate'] },
    { id: 'question_32871947001', kind: 'text', label: 'What are your annual base salary expectations?', description: 'The base salary range for this role is $155,000 - $190,000.' },
    { id: 'question_32871948001', kind: 'text', label: 'What is the earliest date you could start? (MM/DD/YYYY)' },
    { id: 'question_32871949001', kind: 'textarea', label: 'Why are you interested in Lumenvale Energy?' },
  ],
});

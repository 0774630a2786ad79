import { renderBoard } from './board.jsx';

renderBoard({
  title: 'Senior Data Engineer, Risk Platform',
  company: 'Brightwater Payments',
  location: 'Chicago, IL (Hybrid)',
  intro:
    'Brightwater moves $40B a year for 18,000 independent merchants. The Risk Platform team builds the streaming and batch pipelines behind our fraud models, chargeback forecasting and merchant underwriting. The base salary range for this role in Chicago is $158,000 – $192,000.',
  questions: [
    { id: '4418201', label: 'LinkedIn Profile', kind: 'text', required: true },
    { id: '4418202', label: 'GitHub Profile', kind: 'text' },
    { id: '4418203', label: 'Current Company', kind: 'text' },
    { id: '4418204', label: 'Current Title', kind: 'text' },
    { id: '4418205', label: 'Are you legally authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '4418206', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?', kind: 'yesno', required: true },
    { id: '4418207', label: 'How many years of professional data engineering experience do you have?', kind: 'select', required: true, options: ['Less than 2 years', '2-4 years', '5-7 years', '8-10 years', 'More than 10 years'] },
    { id: '4418208', label: 'What are your base salary expectations for this role?', kind: 'text', required: true, description: 'Please give a number in USD.' },
    { id: '4418209', label: 'This role is hybrid, three days a week in our West Loop office. Are you in the Chicago area or willing to relocate?', kind: 'select', required: true, options: ['I currently live in the Chicago area', 'I would relocate to the Chicago area', 'No'] },
    { id: '4418210', label: 'Which of these have you used in production? (select all that apply)', kind: 'multi', options: ['Apache Spark', 'Apache Kafka', 'Apache Flink', 'dbt', 'Snowflake', 'BigQuery', 'Airflow'] },
    { id: '4418211', label: 'Earliest start date', kind: 'text', description: 'MM/DD/YYYY' },
    { id: '4418212', label: 'Pronouns', kind: 'select', options: ['He/him', 'She/her', 'They/them', 'Prefer to self-describe', 'Prefer not to say'] },
    { id: '4418214', label: 'Have you ever been employed by Brightwater Payments or one of its subsidiaries?', kind: 'yesno', required: true },
    { id: '4418215', label: "Tell us about a data system you built that you're proud of.", kind: 'textarea' },
    { id: '4418213', label: 'How did you hear about this job?', kind: 'select', options: ['LinkedIn', 'Brightwater careers site', 'Employee referral', 'Built In Chicago', 'Conference or meetup', 'Other'] },
    { id: '4418216', label: "I have read and acknowledge Brightwater's Candidate Privacy Notice.", kind: 'checkbox', required: true },
  ],
});

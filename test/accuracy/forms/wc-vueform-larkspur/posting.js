/* This posting's text and custom questions (Larkspur's postings share the template). */
export const POSTING = {
  title: 'Analytics Engineer, Care Outcomes',
  team: 'Data & Analytics',
  place: 'San Francisco, CA or Remote (US)',
  blurb: 'Larkspur runs virtual care for 300,000 members. The Care Outcomes team turns visit, claims and survey data into the measures our clinicians and payers rely on.',
  authQuestion: 'Are you legally authorized to work in the United States?',
  skillsLabel: 'Tools you know well',
  skills: ['SQL', 'dbt', 'Python', 'Looker', 'Snowflake', 'BigQuery', 'Airflow', 'Tableau'],
  checksQuestion: 'Which kinds of health data have you worked with?',
  checks: ['Claims', 'EHR / clinical notes', 'Pharmacy', 'Patient surveys'],
  checksKey: 'healthData',
  essayKey: 'measureStory',
  essayLabel: 'Tell us about a metric you defined that changed a decision.',
};

import { renderOneClick } from './oneclick.js';

renderOneClick({
  company: 'Thamesgate Insurance Group',
  title: 'Senior Data Engineer (US Remote)',
  location: 'Remote, United States · Full-time',
  phoneCountry: 'United Kingdom',
  questions: [
    { name: 'q-8c1e4a70-authorized', label: 'Are you legally authorized to work in the United States?', kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-8c1e4a71-sponsorship', label: 'Will you now or in the future require sponsorship to work in the US?', kind: 'select', required: true, options: ['Yes', 'No'] },
    { name: 'q-8c1e4a72-employed', label: 'Are you currently employed?', kind: 'radio', options: ['Yes', 'No'] },
    { name: 'q-8c1e4a73-years', label: 'How many years of experience do you have in data engineering?', kind: 'radio', required: true, options: ['Less than 3 years', '3 to 6 years', '7 to 10 years', 'More than 10 years'] },
    { name: 'q-8c1e4a74-salary', label: 'What are your salary expectations?', kind: 'text', required: true, hint: 'Annual base salary in USD' },
    { name: 'q-8c1e4a75-start', label: 'When would you be available to start?', kind: 'date' },
    { name: 'q-8c1e4a76-education', label: 'Highest level of education', kind: 'select', options: ['Secondary school', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { name: 'q-8c1e4a77-pronouns', label: 'Pronouns (optional)', kind: 'select', options: ['She/Her', 'He/Him', 'They/Them', 'Prefer not to say'] },
    { name: 'q-8c1e4a78-lloyds', label: "Have you worked with Lloyd's market or London-market reinsurance data?", kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-8c1e4a79-overlap', label: 'Our platform team is in London. Can you regularly start at 7:00 a.m. Eastern for overlap?', kind: 'radio', required: true, options: ['Yes', 'No'] },
    { name: 'q-8c1e4a7a-cloud', label: 'Which cloud platforms have you used in production? (select all that apply)', kind: 'checkboxes', options: ['AWS', 'Azure', 'Google Cloud', 'Snowflake', 'Databricks'] },
    { name: 'q-8c1e4a7b-source', label: 'How did you hear about this job?', kind: 'select', options: ['LinkedIn', 'Thamesgate website', 'Referral', 'Recruiter', 'Other'] },
  ],
});

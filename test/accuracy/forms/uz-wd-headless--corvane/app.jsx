import { renderPosting } from '../uz-wd-headless/template.jsx';

renderPosting({
  company: 'Corvane Insurance Group',
  title: 'Data Engineer III (Hybrid - San Francisco, CA)',
  countryPreset: 'United States of America',
  countries: ['Canada', 'India', 'Ireland', 'Philippines', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America'],
  sources: ['Corvane Careers Site', 'Employee Referral', 'Handshake', 'Indeed', 'LinkedIn', 'Recruiter', 'Social Media', 'Other'],
  startLabel: 'Earliest date you could begin employment',
  questions: [
    { id: 'primaryQuestionnaire--sponsorship', label: 'Will you now, or in the future, require sponsorship for employment visa status (e.g., H-1B visa status)?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--eligible', label: 'Are you legally eligible to work in the United States?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--relative', label: 'Do you have any relatives currently employed by Corvane Insurance Group?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--license', label: 'Do you hold an active property & casualty insurance license?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--years', label: 'How many years of professional experience do you have building data pipelines?', options: ['Less than 1 year', '1 - 3 years', '4 - 6 years', '7 - 10 years', 'More than 10 years'] },
  ],
});

import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Tamarack Energy',
  title: 'Senior Data Engineer - Grid Analytics (San Francisco, CA)',
  countryPreset: 'Canada',
  countries: ['Australia', 'Canada', 'Germany', 'India', 'Mexico', 'United Kingdom', 'United States Minor Outlying Islands', 'United States of America'],
  sources: ['Career Fair', 'Employee Referral', 'Glassdoor', 'Indeed', 'LinkedIn', 'Tamarack Careers Website', 'Other'],
  startLabel: 'When are you available to start?',
  questions: [
    { id: 'primaryQuestionnaire--auth', label: 'Are you legally authorized to work in the country for which you are applying?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--sponsor', label: 'Will you now or in the future require Tamarack Energy to sponsor an immigration case in order to employ you?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--years', label: 'How many years of experience do you have in data engineering or a closely related field?', options: ['0-2 years', '3-5 years', '6-8 years', '9+ years'] },
    { id: 'primaryQuestionnaire--age', label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--noncompete', label: 'Are you bound by a non-compete or non-solicitation agreement that could restrict your work at Tamarack?', options: ['Yes', 'No'] },
  ],
});

import { renderCorvane } from './form.jsx';

renderCorvane({
  title: 'Senior Data Engineer, Grid Analytics',
  location: 'Denver, CO, United States of America (Hybrid) · Remote - USA',
  reqId: 'R-0048213',
  dateLabel: 'When are you available to start?',
  salaryLabel: 'Desired Salary',
  questions: [
    { id: 'primaryQuestionnaire--8f3a1c02', required: true, label: 'Are you legally authorized to work in the country in which this job is located?', options: ['Yes, I am authorized to work in the country where this job is located', 'No, I am not authorized to work in the country where this job is located'] },
    { id: 'primaryQuestionnaire--8f3a1c03', required: true, label: 'Will you now or in the future require visa sponsorship to work in the country in which this job is located?', options: ['Yes, I will now or in the future require sponsorship', 'No, I will not require sponsorship'] },
    { id: 'primaryQuestionnaire--8f3a1c04', required: true, label: 'How many years of experience do you have building data pipelines in a production environment?', options: ['Less than 1 year', '1-3 years', '4-6 years', '7-9 years', '10+ years'] },
    { id: 'primaryQuestionnaire--8f3a1c05', kind: 'location', required: true, label: 'What city do you currently live in?' },
    { id: 'primaryQuestionnaire--8f3a1c06', required: true, label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
    { id: 'primaryQuestionnaire--8f3a1c07', required: false, label: 'Do you hold a valid NERC CIP certification?', options: ['Yes, I hold a current NERC CIP certification', 'No, I do not'] },
  ],
});

import { renderWizard } from '../ya-dice-apply/wizard.jsx';

renderWizard({
  jobId: 'c41d9e7b-0a2f-4f3e-8b55-1e9d06a3f712',
  title: 'Analytics Engineer (12-month contract, W2)',
  company: 'Halvorsen Health Partners',
  location: 'Remote (US)',
  payPeriod: 'HOUR',
  questions: [
    { id: '5512001', label: 'Will you now or in the future require sponsorship for employment visa status?', kind: 'yesno', required: true },
    { id: '5512002', label: 'What is your expected hourly rate on W2 (USD)?', kind: 'text', required: true },
    { id: '5512003', label: 'How many years of experience do you have with dbt?', kind: 'number' },
    { id: '5512004', label: 'Highest level of education', kind: 'select', options: ['High School', "Associate's", "Bachelor's", "Master's", 'Doctorate'], required: true },
    { id: '5512005', label: 'Earliest date you could start', kind: 'text', placeholder: 'MM/DD/YYYY' },
    { id: '5512006', label: 'Personal website', kind: 'text' },
    { id: '5512007', label: 'Are you currently employed?', kind: 'yesno' },
  ],
});

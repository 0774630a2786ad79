import { renderApplication } from './application.jsx';

renderApplication({
  title: 'Data Engineer (6-month contract)',
  company: 'Tallowmere',
  phonePlaceholder: '(201) 555-0123',
  questions: [
    {
      id: 1190551, kind: 'dropdown', required: true,
      label: 'Are you 18 years of age or older?',
      options: ['Yes', 'No'],
    },
    {
      id: 1190552, kind: 'boolean', required: true,
      heading: 'Work eligibility',
      label: 'I am legally authorized to work in the US',
    },
    {
      id: 1190553, kind: 'single_choice', required: true,
      label: 'Contractors are engaged through our employer of record, which cannot transfer or file visas. Will you need visa sponsorship at any point during the contract?',
      options: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'],
    },
    { id: 1190554, kind: 'text', label: 'GitHub profile', placeholder: 'github.com/' },
    { id: 1190555, kind: 'text', label: 'LinkedIn profile', required: true, placeholder: 'linkedin.com/in/' },
    { id: 1190556, kind: 'number', label: 'Years of professional experience' },
    { id: 1190557, kind: 'text', label: 'What is your hourly rate for this contract?', hint: 'In USD per hour, W-2.', required: true },
    { id: 1190558, kind: 'text', label: 'Available start date', placeholder: 'MM/DD/YYYY' },
    {
      id: 1190559, kind: 'single_choice',
      label: 'The team overlaps 9am-1pm Pacific every weekday. Can you commit to those hours?',
      options: ['Yes', 'No'],
    },
    {
      id: 1190560, kind: 'dropdown',
      label: 'How much hands-on experience do you have with Dagster?',
      options: ['None', 'Less than 1 year', '1-2 years', '3+ years'],
    },
    { id: 1190561, kind: 'paragraph', label: 'Anything else we should know?' },
  ],
});

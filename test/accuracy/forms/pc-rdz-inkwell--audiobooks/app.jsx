import { renderApplication } from '../pc-rdz-inkwell/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Audiobooks',
  where: 'Remote (US) · Full-time',
  sampleLabel: 'Work sample',
  sampleHint: 'Optional. A dbt model, notebook or dashboard export you are proud of.',
  certifications: true,
  questions: [
    { id: '8114', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'], required: true },
    { id: '8115', type: 'text', inputType: 'number', label: 'Total years of professional experience', required: true },
    { id: '8116', type: 'select', label: 'Work authorization', options: ['I am authorized to work in the US for any employer', 'I am authorized to work in the US for my current employer only', 'I am not authorized to work in the US'], required: true },
    { id: '8117', type: 'select', label: 'Sponsorship', options: ['I will need H-1B or other visa sponsorship', 'I will not need sponsorship now or in the future'], required: true },
    { id: '8118', type: 'select', label: 'Notice period at your current job', options: ['None', '2 weeks', '1 month', 'More than 1 month'] },
    { id: '8119', type: 'text', label: 'Listening hours per month on audiobook apps (roughly)', placeholder: 'e.g. 10' },
    { id: '8120', type: 'text', label: 'Expected salary', hint: 'Annual, USD' },
  ],
});

import { renderLarchmere } from './form.jsx';

renderLarchmere({
  team: 'Engineering · Data',
  title: 'Senior Data Engineer',
  location: 'Toronto, Ontario, Canada · Hybrid (King St. W, 2 days a week)',
  blurb: 'Larchmere Health runs virtual-care clinics for 1.4 million Canadians. The data team builds the pipelines behind appointment forecasting, clinician scheduling and our provincial billing submissions (OHIP, MSP, RAMQ).',
  yearsLabel: 'How many years of professional data engineering experience do you have?',
  ranges: ['0 - 2 years', '3 - 5 years', '5 - 8 years', '8+ years'],
  questions: [
    { id: 'QA_7301442', kind: 'select', required: true, label: 'Are you able to commute to our Toronto office two days a week?', options: ['Yes', 'No', 'I would relocate'] },
    { id: 'QA_7301443', kind: 'text', label: 'Current employer' },
    { id: 'QA_7301444', kind: 'text', long: true, label: 'What draws you to health-care data?' },
  ],
});

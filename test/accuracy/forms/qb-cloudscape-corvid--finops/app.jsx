import { mount } from '../qb-cloudscape-corvid/careers.jsx';

mount({
  title: 'Analytics Engineer, Cloud FinOps',
  blurb: 'Seattle or remote (US) · Full time · $138,000 – $162,000. Turn AWS Cost and Usage Reports into the models our customers use to cut their bills.',
  sponsorToggle: 'I would need an employment visa (e.g. H-1B) sponsored to accept an offer',
  authLabel: 'Can you legally work in the U.S. for any employer?',
  yearsLabel: 'Years working with data professionally',
  years: ['Under 4', '4 to 6', '7 to 10', 'Over 10'],
  degrees: ['No degree', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'],
  toolsLabel: 'Which FinOps tooling have you worked with?',
  tools: [
    { key: 'cur', label: 'AWS Cost and Usage Report' },
    { key: 'athena', label: 'Amazon Athena' },
    { key: 'quicksight', label: 'Amazon QuickSight' },
    { key: 'cloudability', label: 'Apptio Cloudability' },
    { key: 'finops_cert', label: 'FinOps Certified Practitioner (certification)' },
  ],
  offices: ['Seattle', 'Austin', 'Remote only'],
  essayLabel: 'Describe a cost anomaly you tracked down. How did you find it?',
});

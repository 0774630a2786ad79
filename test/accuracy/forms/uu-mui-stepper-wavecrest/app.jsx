import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Data & Analytics',
  title: 'Senior Data Engineer, Pricing Data Platform',
  where: 'San Francisco, CA or Hartford, CT (hybrid) · Full-time',
  intro: 'Wavecrest Mutual insures 1.2 million homes and cars across the West Coast and New England. Our pricing actuaries run rate filings off a warehouse this team builds and keeps honest.',
  yearsLabel: 'Years of professional experience',
  years: ['Less than 2 years', '2 – 4 years', '5 – 7 years', '8 – 10 years', 'More than 10 years'],
  questions: [
    { key: 'q4102', kind: 'select', label: 'Have you worked with insurance policy or rating data before?', options: ['Yes, for more than a year', 'Yes, briefly', 'No'] },
    { key: 'q4103', kind: 'select', label: 'Are you able to spend two days a week in one of our offices?', options: ['Yes, San Francisco', 'Yes, Hartford', 'No'] },
    { key: 'q4104', kind: 'text', label: 'Tell us about a data pipeline you rebuilt and what changed because of it.' },
  ],
});

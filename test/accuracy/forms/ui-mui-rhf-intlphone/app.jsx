import { renderPosting } from './template.jsx';

renderPosting({
  team: 'Merchant Analytics',
  title: 'Senior Data Engineer',
  where: 'San Francisco, CA (hybrid) · Full-time',
  intro: 'Saffron Ledger settles payouts for 40,000 merchants across India and the US. The San Francisco team owns the warehouse that every merchant dashboard and month-end report reads from.',
  yearsLabel: 'Years of relevant experience',
  years: ['0–2 yrs', '3–5 yrs', '6–8 yrs', '9–12 yrs', '12+ yrs'],
  salaryLabel: 'Expected annual CTC (USD)',
  salaryPlaceholder: 'e.g. 140000',
  questions: [
    { key: 'q_91_upi', kind: 'select', label: 'Have you worked on UPI or card-network settlement data?', options: ['Yes', 'No'] },
    { key: 'q_92_overlap', kind: 'select', label: 'Can you overlap 2 hours a day with our Bengaluru team (IST)?', options: ['Yes, mornings Pacific', 'Yes, evenings Pacific', 'No'] },
    { key: 'q_93_story', kind: 'text', label: 'What is one data-quality problem you would look for first in a payments warehouse?' },
  ],
});

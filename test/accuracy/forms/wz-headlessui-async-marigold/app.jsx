import { mount } from './careers.jsx';

mount({
  linkLabel: 'GitHub',
  yearsLabel: 'Years of data engineering experience',
  years: ['Less than 3 years', '3–4 years', '5–6 years', '7–9 years', '10+ years'],
  authLabel: 'Are you authorized to work in the United States?',
  sponsorLabel: 'I will need Marigold to sponsor a work visa, now or in the future',
  questions: [
    { key: 'q_claims_edi', type: 'pills', label: 'Have you worked with X12 837 / 835 claims files?', options: ['Yes', 'No'] },
    { key: 'q_office', type: 'listbox', label: 'We meet in our Chicago office on Tuesdays. How often could you join?', options: ['Every week', 'Twice a month', 'Once a month', 'Only for planning weeks'] },
    { key: 'q_why', type: 'text', label: 'What draws you to healthcare data?' },
  ],
});

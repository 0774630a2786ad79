import { mountPosting } from '../la-elplus-steps/template.js';

mountPosting({
  company: 'Marlin Coast Seafoods',
  yearsLabel: 'How long have you worked in data engineering?',
  years: ['Under 3 years', '3–6 years', '7–10 years', 'Over 10 years'],
  salaryLabel: 'Desired base pay',
  authorizedLabel: 'Do you have the legal right to work in the U.S.?',
  sponsorshipLabel: 'Do you need Marlin Coast to sponsor a visa for you?',
  questions: [
    { id: 'q_erp', kind: 'select', required: true, label: 'Which ERP have you pulled data from?', options: ['SAP', 'Oracle NetSuite', 'Microsoft Dynamics', 'Other', 'None'] },
    { id: 'q_cold', kind: 'radio', required: false, label: 'Have you worked on cold-chain or food-safety data?', options: ['Yes', 'No'] },
    { id: 'q_note', kind: 'textarea', required: false, label: 'Anything else you would like us to know?' },
  ],
  sources: ['LinkedIn', 'Indeed', 'Seafood industry newsletter', 'Referral', 'Other'],
});

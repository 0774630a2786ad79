import { mount } from '../wz-headlessui-async-marigold/careers.jsx';

mount({
  linkLabel: 'Portfolio or website',
  yearsLabel: 'How many years have you written production SQL?',
  years: ['0–1 years', '2–4 years', '5–7 years', '8+ years'],
  authLabel: 'Are you legally eligible to work in the US?',
  sponsorLabel: 'I require visa sponsorship (H-1B, TN, OPT extension, etc.)',
  questions: [
    { key: 'q_npi', type: 'pills', label: 'Have you worked with provider directories or NPPES / NPI data?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_hipaa', type: 'pills', label: 'Are you comfortable completing HIPAA training and a background check before your start date?', options: ['Yes', 'No'] },
    { key: 'q_level', type: 'listbox', label: 'Which level are you targeting?', options: ['Data Engineer II', 'Senior Data Engineer', 'Either'] },
  ],
});

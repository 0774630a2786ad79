import { renderApplication } from '../vw-mui-labelupload-ossory/template.jsx';

renderApplication({
  title: 'Data Engineer, Claims Analytics',
  team: 'Revenue Cycle',
  where: 'Chicago, IL · Hybrid',
  intro:
    'Clinics wait weeks for insurers to pay. You will model claims, denials and remittances so our revenue-cycle team can see which payer is stuck, and why, the same morning.',
  defaultCountry: 'United States',
  phoneHelper: 'e.g. 312-555-0199',
  coverLetter: 'text',
  years: ['0–2', '3–5', '6–8', '9+'],
  authLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you require Ossory Health to sponsor a work visa?',
  questions: [
    { key: 'chicago', type: 'yesno', label: 'This role is hybrid: three days a week in our Chicago office. Can you commit to that?' },
    { key: 'edi', type: 'select', label: 'Which claims formats have you worked with most?', options: ['X12 837/835', 'NCPDP', 'Proprietary payer files', 'None of these'] },
    { key: 'denials', type: 'text', label: 'Describe how you would find the cause of a spike in denials.' },
  ],
});

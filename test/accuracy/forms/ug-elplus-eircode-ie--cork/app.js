import { mountPosting } from '../ug-elplus-eircode-ie/template.js';

mountPosting({
  company: 'Corrán Medical',
  department: 'Operations Analytics',
  location: 'Cork (Little Island), on site 3 days a week',
  ref: 'CM-2026-341',
  title: 'Manufacturing Data Engineer',
  blurb: [
    'Our Cork plant builds 1.2 million delivery systems a year. The operations analytics team turns MES, SCADA and lab data into the yield and scrap reports the plant runs on.',
    'You will own the pipelines from the shop floor to our Azure lakehouse and work with process engineers to validate every data product under our quality system.',
  ],
  visaLabel: 'Do you need an employment permit to work in Ireland?',
  euLabel: 'Do you currently live in Ireland?',
  years: ['Less than 3 years', '3–6 years', '7–10 years', 'More than 10 years'],
  salaryLabel: 'Expected annual salary (EUR)',
  salaryPlaceholder: 'EUR',
  questions: [
    { id: 'q_mes', kind: 'radio', label: 'Have you integrated data from a Manufacturing Execution System (MES)?', options: ['Yes', 'No', 'Not sure'] },
    { id: 'q_internal', kind: 'radio', label: 'Are you a current Corrán Medical employee?', options: ['Yes', 'No'] },
    { id: 'q_shift', kind: 'text', label: 'Occasional on-call cover for the night shift is required. Any constraints we should know about?' },
  ],
});

import { mountPosting } from '../lc-primevue-prescreen/form.js';

mountPosting({
  company: 'Orrelby Clinical Labs',
  job: 'Data Engineer, LIMS Integration (contract-to-hire)',
  where: 'Durham, NC · On-site · 6-month contract, then full-time',
  about: ['Connect our laboratory information system to the assay data platform: instrument feeds, sample lineage and result release.'],
  questions: [
    { type: 'heading', id: 'h1', label: 'A few questions' },
    { id: 'authorizedUs', type: 'radio', required: true, options: ['Yes', 'No'], label: 'Are you legally authorized to work in the United States?' },
    { id: 'needSponsor', type: 'check', label: 'I will require sponsorship for employment visa status (e.g., H-1B) now or in the future.', help: 'Tick only if this applies to you.' },
    { id: 'region', type: 'select', required: true, options: ['Northeast', 'Southeast', 'Midwest', 'Southwest', 'Mountain West', 'West Coast', 'Outside the United States'], label: 'Which part of the country do you live in today?' },
    { id: 'relocate', type: 'radio', options: ['Yes', 'No', 'Open to discussing'], label: 'This role is on site in Durham, NC. Would you relocate for it?' },
    { id: 'schedule', type: 'radio', required: true, options: ['Monday – Friday, days', 'Sunday – Thursday, days', 'Tuesday – Saturday, days', 'Any of these'], label: 'The lab runs seven days a week. Which schedule could you work?' },
    { id: 'rate', type: 'pay', suffix: ' /hr', label: 'Desired hourly rate during the contract period (USD)' },
    { id: 'fteSalary', type: 'pay', required: true, label: 'Expected annual base salary once converted to full-time (USD)' },
    { id: 'yearsLims', type: 'select', options: ['None', 'Less than 1 year', '1–2 years', '3–5 years', 'More than 5 years'], label: 'How many years have you worked with laboratory information management systems (LIMS)?' },
    { id: 'yearsBucket', type: 'select', required: true, options: ['1–3 years', '4–6 years', '7–9 years', '10+ years'], label: 'Total years of professional experience as a data engineer' },
    { id: 'bachelor', type: 'radio', required: true, options: ['Yes', 'No'], label: 'Have you completed a bachelor’s degree?' },
    { id: 'university', type: 'text', label: 'College or university attended' },
    { id: 'employedNow', type: 'radio', options: ['Yes', 'No'], label: 'Are you currently employed?' },
    { id: 'gxp', type: 'radio', options: ['Yes', 'No'], label: 'Do you hold a GxP or 21 CFR Part 11 training certificate?' },
    { id: 'agency', type: 'radio', required: true, options: ['Yes', 'No'], label: 'Has a staffing agency already submitted you for this position?' },
    { id: 'ack', type: 'check', required: true, label: 'I acknowledge that contract-to-hire conversion is not guaranteed.' },
  ],
});

import { mountPosting } from './template.js';

mountPosting({
  company: 'Corrán Medical',
  department: 'Digital & Data',
  location: 'Galway (Parkmore West), hybrid',
  ref: 'CM-2026-318',
  title: 'Senior Data Engineer',
  blurb: [
    'Corrán Medical designs and manufactures catheters and stent delivery systems in Galway and Cork, shipped to hospitals in 60 countries.',
    'Our data team builds the platform that brings together line sensor data, batch records and complaint data so that quality engineers can trace any device back through its build. You will lead the move of our manufacturing data onto Azure Databricks under GMP controls.',
  ],
  visaLabel: 'Do you hold a valid work visa or Stamp for Ireland (e.g. Stamp 1G, Stamp 4, Critical Skills Employment Permit)?',
  euLabel: 'Are you an EU/EEA, UK or Swiss citizen?',
  years: ['0–2 years', '3–5 years', '6–9 years', '10+ years'],
  salaryLabel: 'Salary expectation (€ per annum)',
  salaryPlaceholder: 'e.g. 75000',
  questions: [
    { id: 'q_gmp', kind: 'radio', label: 'Have you worked in a GMP-regulated (FDA / EU MDR) environment?', options: ['Yes', 'No'] },
    { id: 'q_onsite', kind: 'radio', label: 'This role requires two days a week on site in Galway. Is that feasible for you?', options: ['Yes', 'No'] },
    { id: 'q_motivation', kind: 'text', long: true, label: 'Why are you interested in working in medical devices?' },
  ],
});

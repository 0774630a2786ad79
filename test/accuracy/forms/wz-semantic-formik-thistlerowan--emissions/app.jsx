import { mount } from '../wz-semantic-formik-thistlerowan/careers.jsx';

mount({
  linkLabel: 'Personal website or portfolio',
  yearsLabel: 'How many years of professional experience do you have?',
  years: ['0–2 years', '3–4 years', '5–7 years', '8–10 years', '10+ years'],
  authLabel: 'Are you legally authorised to work in the US for any employer?',
  sponsorLabel: 'Do you require visa sponsorship to take up this role?',
  relocateLabel: 'I would be open to occasional travel to our Gulf Coast sites',
  questions: [
    { key: 'q_ldar', type: 'radio', label: 'Have you worked with methane leak detection (LDAR) or continuous emissions monitoring data?', options: ['Yes', 'No'] },
    { key: 'q_current_salary', type: 'text', label: 'What is your current base salary?' },
    { key: 'q_ghg', type: 'checkbox', label: 'I have reported under the EPA Greenhouse Gas Reporting Program (Subpart W)' },
  ],
});

import { mount } from '../tb-rselect-rhf-fenwright/careers.jsx';

mount({
  title: 'Analytics Engineer, Customs & Compliance',
  linkLabel: 'Portfolio or personal site',
  yearsLabel: 'How many years have you worked professionally?',
  years: ['0–1', '2–3', '4–6', '7–9', '10+'],
  sponsorLabel: 'Do you require visa sponsorship to work in the US, now or later?',
  questions: [
    { key: 'q_5120_customs', type: 'segmented', label: 'Have you worked with customs declarations or tariff (HTS) data?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_5121_tz', type: 'select', label: 'Which US time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii'] },
    { key: 'q_5122_systems', type: 'multi', label: 'Which trade-compliance systems have you used?', options: ['SAP GTS', 'Descartes', 'Amber Road / E2open', 'ACE portal', 'None of these'] },
    { key: 'q_5123_else', type: 'text', label: 'Anything else we should know?' },
  ],
});

import { mount } from '../wz-mui-rhf-orchardlane/careers.jsx';

mount({
  linkLabel: 'Portfolio link',
  yearsLabel: 'How many years have you worked in data or BI roles?',
  years: ['Less than 2 years', '2–4 years', '5–7 years', '8+ years'],
  authLabel: 'Are you currently authorized to work in the U.S. without restriction?',
  sponsorLabel: 'Will you need Orchard Lane to sponsor a work visa, now or at any time in the future?',
  questions: [
    { key: 'q_dea', type: 'radio', label: 'Have you worked with controlled-substance (DEA) dispensing or inventory data?', options: ['Yes', 'No'] },
    { key: 'q_timezone', type: 'select', label: 'Which time zone do you work in?', options: ['Eastern', 'Central', 'Mountain', 'Arizona (no DST)', 'Pacific'] },
    { key: 'q_clinic_visit', type: 'radio', label: 'Could you spend your first week on site at our Denver pharmacy hub?', options: ['Yes', 'No', 'Maybe'] },
  ],
});

import { renderPosting } from '../uw-rhf-steps-quenby/template.jsx';

renderPosting({
  title: 'Data Engineer, Pharmacy Benefits',
  meta: 'Phoenix, AZ or Remote (US) · Pharmacy Analytics · Full-time',
  countries: ['Canada', 'Mexico', 'United Kingdom', 'United States'],
  degrees: ['High school diploma or GED', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD, MD, DO)', 'Other'],
  questions: [
    { key: 'q_902_auth', kind: 'select', label: 'Are you legally authorized to work in the US?', options: ['Yes', 'No'] },
    { key: 'q_903_sponsor', kind: 'radio', label: 'Do you require visa sponsorship?', options: ['Yes, now', 'Yes, in the future', 'No'],
      followUp: { key: 'q_903a_visa', kind: 'select', when: 'Yes, now', label: 'Which visa would you transfer?', options: ['H-1B', 'TN', 'E-3', 'Other'] } },
    { key: 'q_904_employed', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'],
      followUp: { key: 'q_904a_employer', kind: 'text', when: 'Yes', label: 'Current employer' } },
    { key: 'q_905_notice', kind: 'select', label: 'How much notice would you need to give?', options: ['None', '2 weeks', '1 month', 'More than 1 month'] },
    { key: 'q_906_years', kind: 'select', label: 'Years of data engineering experience', options: ['0–2', '3–5', '6–9', '10+'] },
    { key: 'q_907_salary', kind: 'text', label: 'Expected salary (annual, USD)' },
    { key: 'q_908_ncpdp', kind: 'textarea', label: 'Tell us about any pharmacy claims (NCPDP) data you have worked with.' },
  ],
});

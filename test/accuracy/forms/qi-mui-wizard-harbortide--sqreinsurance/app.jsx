import { renderPosting } from '../qi-mui-wizard-harbortide/template.jsx';

renderPosting({
  team: 'Reinsurance Analytics · San Francisco, CA',
  title: 'Senior Data Engineer, Reinsurance Data',
  where: 'San Francisco, CA (hybrid, two days a week) · Full-time',
  intro: 'Harbortide Re places property catastrophe treaties for regional insurers on the West Coast. You will own the bordereaux ingestion and the exposure data marts our cat modellers and treaty underwriters run on every renewal.',
  questions: [
    { key: 'q9310', kind: 'select', label: 'How many years have you spent building production data pipelines?', options: ['Under 3 years', '3\u20135 years', '6\u20138 years', '9 years or more'] },
    { key: 'q9311', kind: 'radio', label: 'Do you live within commuting distance of our San Francisco office?', options: ['Yes', 'No'] },
    { key: 'q9312', kind: 'checkbox', label: 'I have passed at least one CAS or SOA actuarial exam' },
    { key: 'q9313', kind: 'text', label: 'Which reinsurance contract types (quota share, excess of loss, cat XL) have you built data models for?' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Clinical Data Platform',
  team: 'Digital & Analytics',
  where: 'San Francisco, CA · Hybrid',
  intro: 'Marrowfield runs 14 hospitals and 90 clinics. Build the pipelines that bring EHR, lab and scheduling data into one warehouse our clinicians and analysts rely on.',
  yearsLabel: 'Years of experience in data engineering',
  years: ['0–2 years', '3–5 years', '6–9 years', '10+ years'],
  sites: ['Mission Bay campus', 'Oakland medical center', 'Walnut Creek office', 'Remote'],
  questions: [
    { key: 'q_employed', type: 'switch', label: 'I am currently employed' },
    { key: 'q_hipaa', type: 'radio', label: 'Have you worked with data covered by HIPAA?', options: ['Yes', 'No'] },
    { key: 'q_ehr', type: 'chips', label: 'Which EHR systems have you worked with?', options: ['Epic', 'Cerner', 'Meditech', 'None'] },
  ],
});

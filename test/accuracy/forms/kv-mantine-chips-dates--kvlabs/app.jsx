import { renderApplication } from '../kv-mantine-chips-dates/template.jsx';

renderApplication({
  title: 'Data Engineer, Laboratory Systems',
  team: 'Pathology & Lab Informatics',
  where: 'Oakland, CA · On-site two days a week',
  intro: 'Our labs run 30,000 tests a day. Move instrument and LIS data into the warehouse so turnaround and quality dashboards update every hour instead of every night.',
  yearsLabel: 'How long have you worked with data professionally?',
  years: ['Less than 2 years', '2–4 years', '5–7 years', '8+ years'],
  sites: ['Oakland medical center', 'Berkeley reference lab', 'Remote'],
  questions: [
    { key: 'q_lis', type: 'select', label: 'Have you worked with a laboratory information system (LIS)?', options: ['Yes', 'No', 'Only as a user'] },
    { key: 'q_working', type: 'radio', label: 'Do you have a job right now?', options: ['Yes', 'No'] },
    { key: 'q_onsite', type: 'switch', label: 'I can be on site in Oakland two days a week' },
    { key: 'q_why', type: 'textarea', label: 'Why lab data?' },
  ],
});

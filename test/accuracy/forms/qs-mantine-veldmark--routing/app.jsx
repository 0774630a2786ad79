import { renderApplication } from '../qs-mantine-veldmark/template.jsx';

renderApplication({
  company: 'Veldmark Trips',
  team: 'Operations Engineering · Remote (US)',
  title: 'Data Engineer, Guide Routing',
  where: 'Remote in the US',
  pay: '$130,000 – $160,000 + equity',
  parseMs: 1300,
  parsed: { employer: 'Senior Data Engineer', title: 'Ysoldine Quarrington', city: '' },
  description: [
    'Every Veldmark trip needs a local guide, a vehicle and a route that still works when a ferry is cancelled. You will build the feeds our routing service and dispatch desk depend on.',
    'Python, Postgres/PostGIS and Airflow today; we are moving the heavy joins to DuckDB.',
  ],
  questions: [
    { key: 'q_years', type: 'segmented', label: 'How long have you built data pipelines professionally?', options: ['0–1 yrs', '2–4 yrs', '5–7 yrs', '8+ yrs'] },
    { key: 'q_auth', type: 'select', label: 'Are you eligible to work in the United States without restriction?', options: ['Yes', 'No'], required: true },
    { key: 'q_sponsor', type: 'radio', label: 'Do you now, or will you later, need an employer-sponsored visa?', options: ['I don’t need sponsorship', 'I need sponsorship now', 'I will need sponsorship later'], required: true },
    { key: 'q_postgis', type: 'select', label: 'How would you rate your PostGIS experience?', options: ['None', 'Some', 'Daily use'] },
    { key: 'q_oncall', type: 'switch', label: 'I can join the weekend on-call rotation (one weekend a month)', initial: false },
    { key: 'q_degree', type: 'select', label: 'Degree', options: ['None', 'Associate', 'Bachelor', 'Master', 'Doctorate'] },
  ],
});

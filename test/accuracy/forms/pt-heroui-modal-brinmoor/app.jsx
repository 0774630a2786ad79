import { renderApplication } from './template.jsx';

renderApplication({
  team: 'Data & Platform · Sacramento, CA or remote in California',
  title: 'Senior Data Engineer, Fleet Telemetry',
  meta: 'Full-time · $140,000 – $175,000 · Hybrid',
  about: [
    '38,000 Brinmoor batteries report their charge, temperature and grid state every ten seconds. The Fleet Telemetry team turns that stream into the dashboards our installers and utilities rely on.',
    'You will own the ingestion path from our MQTT brokers to the lakehouse and the daily models that flag a failing battery before the homeowner notices.',
  ],
  questions: [
    { type: 'toggle', key: 'q_employed', label: 'Are you working right now?', options: ['Yes', 'No'] },
    { type: 'radio', key: 'q_iot', label: 'Have you worked with IoT or device telemetry data?', options: ['Yes', 'A little', 'No'] },
    { type: 'select', key: 'q_license', label: 'Do you have a valid driver’s license for occasional site visits?', options: ['Yes', 'No'], help: 'About four field days a year' },
    { type: 'textarea', key: 'q_outage', label: 'Describe a data outage you handled. What did you change afterwards?' },
  ],
});

import { mountPosting } from './template.js';

mountPosting({
  title: 'Senior Data Engineer, Fleet Telemetry',
  team: 'Fleet Software',
  location: 'Oakland, CA or remote (US)',
  req: 'AMP-0412',
  blurb: [
    'Ampelmoor builds and operates grid-scale battery plants for utilities across the western US: 3.1 GWh in service and another 5 GWh under construction.',
    'Every rack in the fleet streams cell voltages, temperatures and inverter state once a second. You will own the pipelines that land that telemetry, keep it trustworthy and serve it to the engineers who keep the plants safe.',
  ],
  yearsLabel: 'Years of professional experience *',
  years: ['0–2', '3–5', '6–8', '9–12', '13+'],
  sponsorYes: 'I will need Ampelmoor to sponsor a work visa, now or later',
  sponsorNo: 'I will not need visa sponsorship',
  questions: [
    { id: 'q_88141', kind: 'radio', label: 'Have you run a time-series database (TimescaleDB, InfluxDB, QuestDB) in production?', options: ['Yes', 'No'] },
    { id: 'q_88142', kind: 'radio', label: 'This role joins a weekly on-call rotation for the telemetry platform. Are you comfortable with that?', options: ['Yes', 'No', 'I’d like to discuss it'] },
    { id: 'q_88143', kind: 'text', label: 'Tell us about a data-quality problem you tracked down to its source.' },
  ],
});

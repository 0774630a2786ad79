import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Indrayani Freight Technologies',
  short: 'Indrayani',
  team: 'Engineering · Data Platform',
  title: 'Lead Data Engineer',
  location: 'Pune, Maharashtra (Baner office, hybrid)',
  experience: '6–9 years',
  jobId: 'IFT-DE-2291',
  blurb:
    'Indrayani runs the freight-matching platform behind 40,000 trucks on Indian highways. The data platform team builds the GPS, e-way bill and settlement pipelines that power route pricing and our shipper dashboards. You will lead a squad of four engineers and own our move from batch Hive jobs to streaming.',
  relevantLabel: 'Relevant Experience in Data Engineering (years)',
  questions: [
    { id: 'q_31807', kind: 'radio', label: 'This role is based in Pune. Are you willing to relocate?', options: ['Yes', 'No', 'Already in Pune'] },
    { id: 'q_31808', kind: 'radio', label: 'Do you hold a valid work visa for India (or an OCI card)?', options: ['Yes', 'No', 'Not applicable – Indian citizen'] },
    { id: 'q_31809', kind: 'select', label: 'Hands-on experience with Apache Kafka', options: ['None', 'Less than 1 year', '1–3 years', '3–5 years', '5+ years'] },
    { id: 'q_31810', kind: 'text', long: true, label: 'Tell us about a pipeline you scaled and what broke first.' },
    { id: 'q_31811', kind: 'text', label: 'Referred by (employee code, if any)' },
  ],
});

import { mountPosting } from './template.jsx';

mountPosting({
  title: 'Senior Data Engineer, Vessel Telemetry',
  team: 'Data Platform',
  where: 'Seattle, WA or Remote (US)',
  blurb: 'Our container ships stream engine, fuel and weather readings every ten seconds. You will own the pipelines that turn them into route and fuel recommendations for 140 vessels.',
  yearsLabel: 'Years of professional data engineering experience',
  years: ['Less than 2 years', '2–4 years', '5–8 years', '9+ years', 'Not applicable'],
  yearsDisabled: [4],
  githubLabel: 'GitHub or code samples',
  authLabel: 'Are you legally authorized to work in the United States?',
  authOptions: [{ label: 'Yes', value: 'Y' }, { label: 'No', value: 'N' }],
  sponsorLabel: 'Will you now or in the future require Tidewright to sponsor an employment visa?',
  sponsorOptions: [{ label: 'Yes', value: 'Y' }, { label: 'No', value: 'N' }],
  salaryHelp: 'The range for this role is $145,000 – $178,000.',
  relocateLabel: 'I would relocate to Seattle for this role',
  questions: [
    { id: 'q_twic', kind: 'radio', label: 'Do you hold a valid TWIC card?', options: ['Yes', 'No', 'I can obtain one'], required: false },
    { id: 'q_sea', kind: 'toggle', label: 'I am comfortable spending up to 2 weeks a year aboard a vessel' },
    { id: 'q_stream', kind: 'text', label: 'Describe a streaming pipeline you have run in production.' },
  ],
});

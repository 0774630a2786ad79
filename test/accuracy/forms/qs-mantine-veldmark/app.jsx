import { renderApplication } from './template.jsx';

renderApplication({
  company: 'Veldmark Trips',
  team: 'Data Engineering · Denver, CO',
  title: 'Senior Data Engineer, Pricing & Availability',
  where: 'Denver, CO or remote in the US',
  pay: '$145,000 – $178,000 + equity',
  parseMs: 900,
  parsed: { employer: 'Ysoldine Quarrington', title: 'Senior Data Engineer', city: 'San Francisco' },
  description: [
    'Veldmark sells 40,000 small-group trips a year from 900 local operators. Prices and seat counts change by the minute; your pipelines decide what travellers see.',
    'You will own our Kafka-to-Iceberg ingestion and the availability models that sit on it, with a team of five engineers and two analysts.',
  ],
  questions: [
    { key: 'q_auth', type: 'radio', label: 'Are you legally authorized to work in the US?', options: ['Yes', 'No'], required: true },
    { key: 'q_sponsor', type: 'select', label: 'Will you need Veldmark to sponsor a visa now or in the future?', options: ['No, I won’t need sponsorship', 'Yes, I’ll need sponsorship'], required: true },
    { key: 'q_years', type: 'segmented', label: 'Years working as a data engineer', options: ['Under 3', '3–6', '7–9', '10 or more'] },
    { key: 'q_degree', type: 'select', label: 'Highest education', options: ['High school', 'Some college', 'Bachelor’s', 'Master’s', 'PhD'] },
    { key: 'q_tz', type: 'select', label: 'Which time zone do you work in?', options: ['Pacific', 'Mountain', 'Central', 'Eastern', 'Outside the US'] },
    { key: 'q_travel', type: 'radio', label: 'The team meets at operator sites about four times a year. Can you travel for that?', options: ['Yes', 'No'] },
    { key: 'q_why', type: 'textarea', label: 'What is a trip you planned that went wrong, and what did the data miss?', initial: '' },
  ],
});

import { mountApplication } from './template.js';

const yesNo = [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];

mountApplication({
  title: 'Senior Data Engineer, Vessel Tracking',
  where: 'San Francisco or Rotterdam · Hybrid · Full-time',
  blurb: 'Every few seconds, 40,000 vessels report where they are. Vessel Tracking turns those pings into ETAs our customers plan their warehouses around. Help us rebuild the streaming pipeline behind it.',
  questions: [
    { key: 'q_years', type: 'segmented', label: 'How many years of professional experience do you have?', options: ['0–2 yrs', '3–5 yrs', '6–8 yrs', '9+ yrs'] },
    { key: 'q_auth', type: 'buttons', label: 'Are you legally authorized to work in the United States?', options: yesNo },
    { key: 'q_sponsor', type: 'sentences', label: 'Visa sponsorship', options: [
      { value: 'need_now', label: 'I need sponsorship to start' },
      { value: 'need_later', label: 'I will need sponsorship in the future' },
      { value: 'none', label: 'I do not need sponsorship' },
    ] },
    { key: 'q_stack', type: 'multiple', label: 'Which streaming tools have you used in production?', options: ['Kafka', 'Kinesis', 'Flink', 'Spark Structured Streaming', 'Pulsar', 'Beam'].map((value) => ({ value, label: value })) },
    { key: 'q_ais', type: 'buttons', label: 'Have you worked with AIS or other vessel-position data?', options: yesNo },
  ],
});

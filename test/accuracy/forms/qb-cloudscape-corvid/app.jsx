import { mount } from './careers.jsx';

mount({
  title: 'Senior Data Engineer, Migration Practice',
  blurb: 'Remote (US) · Full time · $155,000 – $185,000. Move customers off on-prem Hadoop and Teradata onto AWS, and leave them with pipelines their own teams can run.',
  sponsorToggle: 'I will need Corvid to sponsor my work visa, now or in the future',
  authLabel: 'Are you authorized to work in the United States?',
  yearsLabel: 'Years of data engineering experience',
  years: ['0–2 years', '3–5 years', '6–9 years', '10+ years'],
  degrees: ['High school diploma', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'],
  toolsLabel: 'Which AWS services have you run in production?',
  tools: [
    { key: 'glue', label: 'AWS Glue' },
    { key: 'emr', label: 'Amazon EMR' },
    { key: 'redshift', label: 'Amazon Redshift' },
    { key: 'kinesis', label: 'Amazon Kinesis' },
  ],
  offices: ['Seattle', 'Austin', 'Arlington', 'Remote only'],
  essayLabel: 'Tell us about a migration you led. What went wrong?',
});

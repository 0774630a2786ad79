import { mount } from './template.jsx';

mount({
  title: 'Senior Data Engineer, Grid Telemetry',
  meta: 'Job ID CE-24117 · Denver, CO or remote (US) · Full time',
  blurb: 'Our substations report voltage, load and breaker state every four seconds. Build the streaming pipelines that turn that into the outage forecasts our operators plan with.',
  yearsLabel: 'Years of professional data engineering experience',
  sponsorLabel: 'Will you now or in the future require Calderwick to sponsor an employment visa (for example H-1B)?',
  sponsorItems: [
    { value: 'no', label: 'No', description: 'I can keep working in the US without a visa petition from an employer.' },
    { value: 'yes-now', label: 'Yes, now' },
    { value: 'yes-later', label: 'Yes, in the future', description: 'For example when an OPT or STEM OPT period ends.' },
  ],
  payNote: 'The base pay range for this role is $152,000 – $181,000 per year.',
  relocateLabel: 'I would relocate to the Denver area for this role',
  questions: [
    { key: 'q4471', kind: 'radio', label: 'Have you worked with SCADA, PMU or other utility telemetry data?', options: ['Yes', 'No'], required: true },
    { key: 'q4472', kind: 'select', label: 'How many years have you worked with Apache Kafka?', options: ['None', 'Less than 1 year', '1–2 years', '3–5 years', 'More than 5 years'] },
    { key: 'q4473', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q4474', kind: 'select', label: 'This role is on call one week in six. Can you take part in the rotation?', options: ['Yes', 'No', 'I would like to discuss it'], required: true },
  ],
});

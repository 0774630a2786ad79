/** Vice President, Data Engineer – Payments Data: one posting of the Castlemere careers template (template.jsx). */
import { mount } from './template.jsx';

mount({
  req: '210559871',
  title: 'Vice President, Data Engineer – Payments Data',
  meta: 'Corporate & Investment Bank · San Francisco, CA or Plano, TX · Full time · Req 210559871',
  about:
    'Payments Data builds the platforms that track $4 trillion a day of wires, ACH and card settlement across the bank. You will lead the move of our settlement data marts to a streaming lakehouse (Kafka, Flink, Iceberg on AWS), set engineering standards for a team of eight, and partner with Treasury Services product owners. Base pay range: $145,000–$190,000; this role is also eligible for an annual discretionary incentive.',
  experienceLabel: 'Years of hands-on data engineering experience',
  experience: [['0-3', '0–3'], ['4-6', '4–6'], ['7-10', '7–10'], ['10+', '10+']],
  toolsLabel: 'Which of these have you used in production?',
  tools: [['kafka', 'Kafka'], ['flink', 'Flink'], ['iceberg', 'Apache Iceberg'], ['swift', 'SWIFT / ISO 20022 messages']],
  screening: [
    { key: 'finra', type: 'radio', label: 'Do you currently hold any FINRA registrations (e.g. Series 7, 63, 79)?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'covenants', type: 'radio', label: 'Are you subject to a non-compete, non-solicit or garden-leave agreement that could affect your start date?', options: [['yes', 'Yes'], ['no', 'No'], ['unsure', 'I am not sure']] },
    { key: 'onsite', type: 'switch', label: 'I am able to work from a Castlemere office three days a week' },
  ],
});

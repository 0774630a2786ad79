/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Senior Data Engineer, Risk Platform',
  team: 'Risk & Compliance Engineering',
  where: 'San Francisco, CA · Hybrid (3 days in office)',
  req: 'R-2291',
  yearsLabel: 'How many years of professional data engineering experience do you have?',
  years: ['0-2', '3-5', '6-9', '10+'],
  questions: [
    { id: 'q_finreg', label: 'Have you worked with regulated financial data (PCI DSS, SOX, or similar)?', kind: 'radio', options: ['Yes', 'No'] },
    { id: 'q_oncall', label: 'This role joins a weekly on-call rotation. Are you comfortable with that?', kind: 'radio', options: ['Yes', 'No'] },
    { id: 'q_stack', label: 'Which streaming technology have you used most?', kind: 'select', options: ['Apache Kafka', 'Amazon Kinesis', 'Google Pub/Sub', 'Apache Pulsar', 'None of these'] },
  ],
};

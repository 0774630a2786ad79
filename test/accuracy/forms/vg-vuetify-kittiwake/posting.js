/* This posting's text and questions. */
export const posting = {
  title: 'Senior Data Engineer, Risk',
  team: 'Risk Engineering',
  where: 'San Francisco, CA (hybrid)',
  about: [
    'Kittiwake processes card payments for 80,000 merchants in Ireland, the UK and, since last year, the United States. The Risk team decides in 40 milliseconds whether a payment looks like fraud.',
    'You will build the feature pipelines behind those decisions (Kafka, Flink, Snowflake, dbt) and the backfills our data scientists train on. Three days a week in our new Mission Street office.',
  ],
  samplesLabel: 'Portfolio or work samples',
  questions: [
    { key: 'authorized', type: 'switch', label: 'I am legally authorized to work in the United States' },
    { key: 'sponsorship', type: 'toggle', label: 'Will you now or in the future require Kittiwake to sponsor an employment visa?', options: ['Yes', 'No'] },
    { key: 'years', type: 'slider', label: 'Years of data engineering experience', min: 0, max: 20 },
    { key: 'education', type: 'select', label: 'Highest level of education*', options: [{ title: 'Secondary school', value: 'SEC' }, { title: 'Associate degree', value: 'ASSOC' }, { title: "Bachelor's degree", value: 'BACH' }, { title: "Master's degree", value: 'MAST' }, { title: 'Doctorate', value: 'DOC' }] },
    { key: 'employed', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'], inline: true },
    { key: 'ratingStreaming', type: 'rating', label: 'Stream processing (Flink, Kafka Streams): rate yourself' },
    { key: 'ratingFraud', type: 'rating', label: 'Fraud or risk modelling: rate yourself' },
    { key: 'workPattern', type: 'chips', label: 'Which working patterns suit you?', options: ['3 days in office', 'Fully in office', 'Flexible hours', 'Compressed week'] },
    { key: 'pronouns', type: 'radio', label: 'Pronouns (optional)', options: ['she/her', 'he/him', 'they/them', 'Other (please specify)'], other: 'Other (please specify)', inline: true },
    { key: 'paymentsExp', type: 'checks', label: 'Which have you worked with? (select all that apply)', options: ['Card networks (Visa, Mastercard)', 'ACH / SEPA', 'Chargebacks', 'PCI DSS scope'] },
  ],
};

/* This posting's text and questions. */
export const posting = {
  title: 'Staff Data Engineer, Pricing',
  team: 'Engineering',
  where: 'Kansas City, MO or remote (US)',
  about: [
    'Copperline moves 9,000 truckloads a week for shippers across North America. Every quote we send comes from a pricing model that reads lane history, fuel and market rates in real time.',
    'You will own the pricing data platform: streaming load and quote events (Kafka, Flink), the lane-history warehouse (BigQuery, dbt) and the features our pricing models train on.',
  ],
  yearsLabel: 'Years of data engineering experience',
  yearsOptions: ['0–2', '3–5', '6–9', '10+'],
  skills: ['Kafka', 'Flink', 'BigQuery', 'dbt', 'Python', 'Go', 'Terraform'],
  questions: [
    { key: 'logistics', type: 'radio', label: 'Have you worked in freight, logistics or transportation?', options: ['Yes', 'No'] },
    { key: 'pricingStory', type: 'text', label: 'Describe a pricing or forecasting system you helped build.' },
  ],
};

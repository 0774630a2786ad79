/* This posting's text and questions. */
export const posting = {
  title: 'Senior Data Engineer, Grid Forecasting',
  team: 'Data Platform',
  where: 'Denver, CO or remote (US)',
  pay: '$145,000 – $175,000',
  about: [
    'Harrowfield Grid forecasts load and solar output for 40 US utilities, down to the feeder, every five minutes. Our forecasts decide when batteries charge and when peaker plants start.',
    'You will own the pipelines that bring meter, weather and SCADA data into our lakehouse (Spark, Delta, Airflow, dbt) and the backfills our forecasters train on.',
  ],
  yearsLabel: 'Years of professional data engineering experience*',
  yearsOptions: ['Less than 2', '2–4', '5–7', '8–10', 'More than 10'],
  tools: ['Airflow', 'dbt', 'Spark', 'Kafka', 'Snowflake', 'Databricks', 'Terraform'],
  questions: [
    { key: 'relocate', type: 'radio', label: 'Would you relocate to Denver if the role required it?', options: ['Yes', 'No', 'Open to discussing'] },
    { key: 'onCall', type: 'select', label: 'Are you comfortable joining an on-call rotation (one week in six)?*', options: ['Yes', 'No', 'I would like to discuss it'] },
  ],
};

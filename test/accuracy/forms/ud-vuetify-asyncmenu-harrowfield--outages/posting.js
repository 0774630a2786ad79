/* This posting's text and questions. */
export const posting = {
  title: 'Analytics Engineer, Outage Response',
  team: 'Reliability Analytics',
  where: 'Remote (US)',
  pay: '$135,000 – $160,000',
  about: [
    'When a storm knocks out a feeder, our utility customers open the Harrowfield outage console before they call a crew. The Reliability Analytics team builds the models behind it.',
    'You will model outage, crew and customer-call data in dbt, keep our SLA dashboards honest and work with field operations to turn their questions into tables.',
  ],
  yearsLabel: 'How many years have you worked in analytics or data engineering?*',
  yearsOptions: ['0–1 years', '1–3 years', '3–6 years', '6–9 years', '9+ years'],
  tools: ['dbt', 'Looker', 'Snowflake', 'BigQuery', 'Airflow', 'Python', 'Tableau'],
  questions: [
    { key: 'storms', type: 'select', label: 'During major storms we work extended hours. Are you able to?*', options: ['Yes', 'No', 'Sometimes'] },
    { key: 'utilityExp', type: 'radio', label: 'Have you worked for or with an electric utility before?', options: ['Yes, at a utility', 'Yes, as a vendor to utilities', 'No'] },
  ],
};

import { renderApplication } from '../vo-rselect-formik-meridale/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Customs & Trade Compliance',
  team: 'Customs Brokerage',
  where: 'Remote (United States)',
  intro: [
    'Our customs brokerage files 40,000 US entries a month. The compliance team needs reliable data on tariff classifications, duty paid and ACE filings to keep our clients out of trouble.',
    'As analytics engineer you will model ACE, ISF and broker data in dbt and Snowflake and build the reporting our licensed brokers use every day.',
  ],
  yearsLabel: 'Total years of experience in analytics or data roles',
  years: ['0–2 years', '3–4 years', '5–9 years', '10 or more years'],
  locationsLabel: 'Which US time zones could you cover for our brokerage desk?',
  locations: ['Eastern', 'Central', 'Mountain', 'Pacific'],
  whyLabel: 'What interests you about trade compliance?',
  questions: [
    { key: 'broker', label: 'Do you hold a US Customs Broker license?', options: ['Yes', 'No, but I plan to take the exam', 'No'], required: true },
    { key: 'tools', label: 'Which of these tools have you used?', options: ['dbt', 'Snowflake', 'Looker', 'Tableau', 'Power BI', 'Airflow'], multi: true },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Commerce Analytics',
  team: 'Data & Insights',
  where: 'Portland, OR or remote (US)',
  blurb: [
    'Tidewell sells repairable outdoor gear online and in eleven stores. Our Commerce Analytics team owns the pipelines behind orders, returns, repairs and resale, from Shopify and our ERP into Snowflake.',
    'You will rebuild our order and inventory models in dbt, own the Airflow estate, and pair with merchandising on demand forecasts. $150,000 – $178,000 base plus bonus and a generous gear allowance.',
  ],
  experienceLabel: 'Years of professional data engineering experience',
  experienceOptions: ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'],
  questions: [
    { key: 'question_4410827', type: 'choice', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'question_4410831', type: 'select', label: 'Which of our hubs could you work from at least twice a month?', options: ['Portland, OR', 'Denver, CO', 'None — I would be fully remote'] },
    { key: 'question_4410835', type: 'textarea', label: 'Tell us about a pipeline you made cheaper or faster. What changed?' },
  ],
});

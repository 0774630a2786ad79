import { renderApplication } from '../wk-rhfzod-mui-pemberlyn/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Load Forecasting',
  team: 'Forecasting',
  where: 'Denver, CO or Remote (US)',
  intro: 'Utilities plan tomorrow’s generation on our load forecasts. You will model weather, meter and tariff data in dbt and keep the forecast features fresh every fifteen minutes.',
  yearsLabel: 'How many years have you worked in analytics or data engineering?',
  years: [
    ['lt2', 'Less than 2 years', 'Learning the ropes'],
    ['2-4', '2–4 years', 'Owns models end to end'],
    ['5-7', '5–7 years', 'Mentors others'],
    ['8+', '8+ years', 'Shapes the modelling standards'],
  ],
  stackLabel: 'Which forecasting or analytics tools have you used?',
  stack: ['dbt', 'Looker', 'Prophet', 'Python', 'R', 'Snowflake', 'SQL', 'statsmodels'],
  questions: [
    { key: 'q_travel', label: 'Are you willing to travel to utility customer sites up to 20% of the time? *', options: ['Yes', 'No', 'Depends on the location'], required: true },
    { key: 'q_model', label: 'Describe a forecast you built and how you measured its accuracy.', type: 'text' },
  ],
});

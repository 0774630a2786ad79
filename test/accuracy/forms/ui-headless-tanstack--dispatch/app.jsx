import { renderPosting } from '../ui-headless-tanstack/template.jsx';

renderPosting({
  title: 'Analytics Engineer, Last-Mile Dispatch',
  team: 'Operations Analytics',
  where: 'Remote (US) — Pacific or Mountain time preferred',
  intro: 'Dispatch assigns 14,000 routes every morning. You will own the models that tell station managers how many drivers to roster and flag routes that will miss their window.',
  metros: ['Bay Area — East Bay', 'Bay Area — Peninsula', 'Bay Area — San Francisco', 'Bay Area — South Bay', 'Greater Los Angeles', 'Greater Seattle', 'Phoenix metro', 'Denver metro', 'Dallas–Fort Worth', 'Chicagoland', 'New York metro', 'Elsewhere in the US'],
  yearsLabel: 'Total years of experience in analytics or data engineering',
  years: ['0–1 year', '2–3 years', '4–6 years', '7+ years'],
  relocateLabel: 'I am open to quarterly travel to our Reno sort center',
  questions: [
    { key: 'q_5120_tz', kind: 'select', label: 'Which time zone do you work in?', options: ['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Outside the US'] },
    { key: 'q_5121_dbt', kind: 'radio', label: 'Have you maintained a dbt project with more than 200 models?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_5122_shift', kind: 'radio', label: 'Dispatch runs from 4 a.m. Pacific. Could you cover an early shift one week a month?', options: ['Yes', 'No'] },
    { key: 'q_5123_else', kind: 'text', label: 'Anything else you want the hiring team to know?' },
  ],
});

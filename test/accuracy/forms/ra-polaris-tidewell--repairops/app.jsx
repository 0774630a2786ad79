import { renderApplication } from '../ra-polaris-tidewell/template.jsx';

renderApplication({
  title: 'Data Engineer II, Repair & Resale Operations',
  team: 'Circular Operations',
  where: 'Reno, NV distribution center or remote (US, Pacific time)',
  blurb: [
    'Every jacket that comes back to Tidewell is graded, repaired and resold. The Circular Operations team needs clean data on each item from intake scan to resale listing.',
    'Build the event pipelines from our repair benches and the resale storefront, and the models our planners use to staff the benches. $128,000 – $150,000 base.',
  ],
  experienceLabel: 'How many years have you worked as a data or analytics engineer?',
  experienceOptions: ['0–1', '2–3', '4–6', '7–9', '10+'],
  questions: [
    { key: 'question_5120094', type: 'select', label: 'Which time zone do you work in?', options: ['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Outside the US'] },
    { key: 'question_5120101', type: 'choice', label: 'Can you be on site in Reno one week per quarter?', options: ['Yes', 'No', 'Maybe — let’s discuss'] },
    { key: 'question_5120108', type: 'text', label: 'What is your notice period?', help: 'For example: two weeks' },
    { key: 'question_5120113', type: 'choice', label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
  ],
});

import { renderHarborlight } from '../wd-mantinecb-harborlight/form.jsx';

renderHarborlight({
  team: 'Analytics · Long Beach, CA or Remote (US)',
  title: 'Analytics Engineer, Port Operations',
  blurb: 'Turn gate, crane and vessel events into the models our terminal planners open every morning.',
  experienceLabel: 'How many years have you worked with SQL and data modeling?',
  ranges: ['0–1 years', '1–3 years', '3–6 years', '6–9 years', '9+ years'],
  questionsTitle: 'Role questions',
  questions: [
    { id: 'q_5120_sponsor', kind: 'radio', required: true, label: 'Do you require Harborlight to sponsor a work visa now or in the future?', options: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'] },
    { id: 'q_5121_employed', kind: 'segmented', required: true, label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_5122_dbt', kind: 'select', required: true, label: 'Which dbt certification do you hold?', options: ['None', 'dbt Analytics Engineering Certification', 'dbt Architect Certification'] },
    { id: 'q_5123_pay', kind: 'number', label: 'Salary expectation (USD per year)', prefix: '$', thousands: true },
    { id: 'q_5124_shifts', kind: 'checkboxes', label: 'Which on-call weeks could you cover during peak season?', options: ['October', 'November', 'December'] },
    { id: 'q_5125_portfolio', kind: 'text', label: 'Portfolio or dashboard samples', placeholder: 'https://' },
    { id: 'q_5126_travel', kind: 'segmented', required: true, label: 'Can you travel to the Long Beach terminal once a quarter?', options: ['Yes', 'No', 'Maybe'] },
  ],
});

import { mountApplication } from '../pi-bvn-tallowmere/template.js';

mountApplication({
  title: 'Clinical Data Analyst II',
  department: 'Quality & Patient Safety',
  location: 'Oakland, CA (on-site three days a week)',
  req: 'R-25377',
  blurb: 'Turn readmission, infection and wait-time data into the dashboards our quality committees review each month.',
  yearBuckets: ['Less than 1 year', '1–3 years', '3–5 years', '5–8 years', 'More than 8 years'],
  questions: [
    { key: 'q_70421', type: 'radio', label: 'If offered the role, how soon could you start?', options: ['Within 2 weeks', 'In 2 to 4 weeks', 'In 1 to 2 months', 'In more than 2 months'] },
    { key: 'q_70422', type: 'select', label: 'Are you able to work on-site at our Oakland campus three days a week?', options: ['Yes', 'No', 'Only with relocation support'] },
    { key: 'q_70423', type: 'textarea', label: 'Which reporting and BI tools have you used, and for what?' },
  ],
});

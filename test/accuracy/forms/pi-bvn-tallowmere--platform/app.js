import { mountApplication } from '../pi-bvn-tallowmere/template.js';

mountApplication({
  title: 'Staff Platform Engineer, Cloud Infrastructure',
  department: 'Information Technology',
  location: 'Remote (US) or Oakland, CA',
  req: 'R-25102',
  blurb: 'Run the Kubernetes platform and the network links that keep 14 hospitals and 60 clinics online.',
  yearBuckets: ['0–3', '4–6', '7–9', '10+'],
  questions: [
    { key: 'q_60311', type: 'radio', label: 'Which time zone do you normally work in?', options: ['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Outside the US'] },
    { key: 'q_60312', type: 'select', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q_60313', type: 'checkboxes', label: 'Which clouds have you run production workloads on? (select all that apply)', options: ['AWS', 'Microsoft Azure', 'Google Cloud', 'Oracle Cloud', 'On-premises only'] },
    { key: 'q_60314', type: 'radio', label: 'Can you take part in a one-week-in-six on-call rotation?', options: ['Yes', 'No', 'I would like to discuss it'] },
  ],
});

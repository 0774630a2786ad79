import { mount } from '../wz-antd-dependent-kettleby/careers.jsx';

mount({
  role: 'Analytics Engineer, Rail Fleet Operations',
  yearsLabel: 'How many years have you worked in analytics or data engineering?',
  authLabel: 'Are you currently eligible to work in the U.S. for any employer?',
  sponsorLabel: 'Will you require immigration sponsorship (e.g. H-1B) to continue working in the U.S.?',
  payNote: 'Base pay for this role is $118,000 – $140,000 per year; remote candidates are paid on the same range.',
  questions: [
    { name: 'q_5208', type: 'select', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii', 'Outside the U.S.'], required: true },
    { name: 'q_5209', type: 'buttons', label: 'The role visits our Omaha railyard and two river terminals about once a quarter. Can you travel up to 15% of the time?', options: ['Yes', 'No'], required: true },
    { name: 'q_5211', type: 'radio', label: 'Have you worked with railcar telematics or AEI tag reads before?', options: ['Yes, in production', 'A little', 'No'] },
    { name: 'q_5212', type: 'text', label: 'What is one metric you would want to see on a fleet dwell-time dashboard, and why?' },
  ],
});

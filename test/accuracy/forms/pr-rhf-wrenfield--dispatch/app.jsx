import { renderApplication } from '../pr-rhf-wrenfield/template.jsx';

renderApplication({
  title: 'Dispatch Data Analyst',
  meta: 'Ontario, CA or remote (Pacific time zone) · Full-time',
  blurb: 'Our dispatchers book 1,900 loads a day. Help them see which lanes are late before the customer calls: build the dashboards and the models under them.',
  authorizedLabel: 'Do you currently have the right to work for any employer in the U.S. without restriction?',
  sponsorLabel: 'Will you require visa sponsorship (for example H-1B) now or at any point in the future?',
  yearsLabel: 'Total years of professional experience',
  loadMs: 700,
  questions: [
    { type: 'select', key: 'q_zone', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Outside the US'] },
    { type: 'radio', key: 'q_shift', label: 'Dispatch runs around the clock. Could you cover one weekend shift a month?', options: ['Yes', 'No'] },
    { type: 'check', key: 'q_cdl', label: 'I hold a commercial driver\u2019s license (CDL)' },
    { type: 'textarea', key: 'q_late', label: 'A customer says their load is always late on Mondays. Which data would you look at first?' },
  ],
});

import { mount } from '../vs-wdprompt-cedarhollow/template.jsx';

mount({
  title: 'Clinical Informatics Data Analyst',
  questions: [
    { key: 'q_onsite', label: 'Are you able to work on site in St. Paul, MN two days per week?', options: ['Yes', 'No'] },
    { key: 'q_license', label: 'Do you hold an active clinical license (RN, PharmD, MLS)?', options: ['Yes', 'No'] },
    { key: 'q_oncall', label: 'Are you willing to join an on-call rotation one week in six?', options: ['Yes', 'No'] },
  ],
});

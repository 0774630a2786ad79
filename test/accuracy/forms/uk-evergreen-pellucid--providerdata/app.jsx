import { renderApplication } from '../uk-evergreen-pellucid/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Provider Data',
  where: 'Boston, MA (hybrid) · Full time',
  questions: [
    { key: 'q_sql', type: 'radio', label: 'How long have you been writing SQL for analytics or reporting?', options: [['lt3', 'Less than 3 years'], ['3to5', '3 to 5 years'], ['6to8', '6 to 8 years'], ['gt8', 'More than 8 years']] },
    { key: 'q_notice', type: 'text', label: 'Notice period at your current job', hint: 'e.g. two weeks' },
    { key: 'q_hybrid', type: 'checkbox', label: 'I can be in the Boston office two days a week' },
  ],
});

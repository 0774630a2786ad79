import { renderApplication } from '../wa-rcselect-quarrystone/template.jsx';

renderApplication({
  title: 'Senior Analytics Engineer, Population Health',
  where: 'Oakland, CA or Remote (US)',
  id: 'R-10517',
  questions: [
    { key: 'q_employed', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_degree', type: 'select', label: 'Highest degree earned', options: ['High school diploma', 'Associate', "Bachelor's", "Master's", 'PhD / MD'], initial: undefined },
    { key: 'q_epic', type: 'radio', label: 'Have you worked with Epic Clarity or Caboodle data?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_relatives', type: 'radio', label: 'Are any of your relatives employed by Quarrystone Health?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_why', type: 'textarea', label: 'What draws you to population health analytics?', initial: '' },
  ],
});

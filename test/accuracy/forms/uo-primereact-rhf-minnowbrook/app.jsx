import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Carrier Network',
  where: 'Remote, United States · Full-time',
  questions: [
    { key: 'q_github', type: 'text', label: 'GitHub', addon: 'github.com/', placeholder: 'username' },
    { key: 'q_employed', type: 'selectbutton', label: 'Are you employed right now?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_regions', type: 'multiselect', label: 'Which freight modes have you worked with?', options: [['ftl', 'Full truckload'], ['ltl', 'Less than truckload'], ['intermodal', 'Intermodal'], ['drayage', 'Drayage']] },
    { key: 'q_travel', type: 'dropdown', label: 'Can you travel to Portland for a week each quarter?', options: [['yes', 'Yes'], ['mostly', 'Most quarters'], ['no', 'No']] },
    { key: 'q_elt', type: 'textarea', label: 'Tell us about an ELT migration you led', help: 'Optional' },
  ],
});

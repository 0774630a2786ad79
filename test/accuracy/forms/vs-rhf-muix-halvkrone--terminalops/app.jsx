import { mount } from '../vs-rhf-muix-halvkrone/template.jsx';

mount({
  title: 'Analytics Engineer, Terminal Operations',
  country: 'the United States',
  questions: [
    { name: 'q_5108', type: 'radio', label: 'Do you hold a valid TWIC card?', options: ['Yes', 'No', 'In progress'] },
    { name: 'q_5109', type: 'radio', label: 'Are you able to be on site at the Port of Oakland three days a week?', options: ['Yes', 'No'] },
    { name: 'q_5110', type: 'textarea', label: 'Describe a terminal operating system or yard-planning dataset you have worked with.' },
  ],
});

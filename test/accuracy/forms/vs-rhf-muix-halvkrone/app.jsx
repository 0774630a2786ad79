import { mount } from './template.jsx';

mount({
  title: 'Senior Data Engineer, Commercial Analytics',
  country: 'the United States',
  questions: [
    { name: 'q_4471', type: 'radio', label: 'Have you worked with vessel AIS or port-call data before?', options: ['Yes', 'No'] },
    { name: 'q_4472', type: 'textarea', label: 'Which part of our commercial analytics roadmap interests you most, and why?' },
  ],
});

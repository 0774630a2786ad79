import { mount } from './template.jsx';

mount({
  title: 'Senior Data Engineer - Clinical Data Platform',
  questions: [
    { key: 'q_hipaa', label: 'Have you worked with protected health information (PHI) under HIPAA?', options: ['Yes', 'No'] },
    { key: 'q_epic', label: 'Do you hold a current Epic Clarity or Caboodle certification?', options: ['Yes', 'No', 'In progress'] },
  ],
});

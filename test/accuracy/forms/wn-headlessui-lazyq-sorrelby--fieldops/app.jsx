import { renderApplication } from '../wn-headlessui-lazyq-sorrelby/template.jsx';

// What GET /api/jobs/4452/questions returns.
renderApplication([
  { id: 'q_90411', type: 'radio', label: 'Do you have unrestricted authorization to work in the U.S.?', options: ['Yes', 'No'] },
  { id: 'q_90412', type: 'radio', label: 'Will you require Sorrelby to sponsor a work visa, now or later?', options: ['Yes', 'No'] },
  { id: 'q_90413', type: 'text', label: 'What is your current job title?' },
  { id: 'q_90414', type: 'listbox', label: 'How far are you from Fresno, CA?', options: ['Under 1 hour', '1–3 hours', 'More than 3 hours'] },
  { id: 'q_90415', type: 'listbox', label: 'Highest level of education', options: ['High school', 'Associate', 'Bachelor’s', 'Master’s', 'Doctorate'] },
  { id: 'q_90416', type: 'date', label: 'When could you start?' },
  { id: 'q_90417', type: 'multi', label: 'Which harvest months could you spend two days a week in the field?', options: ['August', 'September', 'October', 'November'] },
  { id: 'q_90418', type: 'textarea', label: 'Describe how you would debug a probe that reports the same moisture value for a week.' },
]);

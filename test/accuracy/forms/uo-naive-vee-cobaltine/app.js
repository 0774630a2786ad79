import { mountApplication } from './template.js';

mountApplication({
  title: 'Senior Data Engineer, Cell Manufacturing',
  where: 'Fremont, CA · On-site 3 days a week · Full-time',
  questions: [
    { key: 'q_mes', type: 'radio', label: 'Have you integrated data from a manufacturing execution system (MES)?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_shifts', type: 'checkboxes', label: 'Which launch-support shifts could you cover?', options: [['day', 'Day'], ['swing', 'Swing'], ['night', 'Night'], ['weekend', 'Weekend']] },
    { key: 'q_employed', type: 'radio', label: 'Are you currently working?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_github', type: 'text', label: 'GitHub', placeholder: 'https://github.com/...' },
    { key: 'q_why', type: 'textarea', label: 'Why batteries?', placeholder: 'Optional' },
  ],
});

import { renderApplication } from '../uo-rac-tanstack-thistledown/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Grower Insights',
  where: 'Davis, CA or remote (US) · Full-time',
  questions: [
    { key: 'q_bucket', type: 'select', label: 'How much of that experience was in data or analytics engineering?', options: [['lt3', 'Under 3 years'], ['3-6', '3 to 6 years'], ['6-10', 'More than 6, up to 10'], ['10+', 'Over 10 years']] },
    { key: 'q_degree', type: 'radio', label: 'Have you completed a bachelor’s degree (or higher)?', options: [['yes', 'Yes, completed'], ['no', 'No']] },
    { key: 'q_code', type: 'text', label: 'Where can we see your code?', placeholder: 'GitHub, GitLab or similar', description: 'A profile link is fine.' },
    { key: 'q_farm', type: 'radio', label: 'Did you grow up on or work on a farm?', description: 'Not required, we are just curious.', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_reference', type: 'text', label: 'Name of a manager we may contact', description: 'Only after a final interview.' },
  ],
});

import { mountApplication } from './template.js';

mountApplication({
  title: 'Data Engineer III, Claims & Eligibility',
  where: 'Sacramento, CA or remote (California) · Full-time',
  questions: [
    { key: 'q_hipaa', type: 'radio', label: 'Have you worked with data covered by HIPAA?', inline: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_employed', type: 'radio', label: 'Are you currently employed?', inline: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_github', type: 'text', label: 'GitHub profile', prefix: 'github.com/' },
    { key: 'q_sacramento', type: 'select', label: 'How often could you come to the Sacramento office?', options: [['weekly', 'Weekly'], ['monthly', 'Monthly'], ['quarterly', 'Quarterly'], ['rarely', 'Rarely or never']] },
    { key: 'q_why', type: 'textarea', label: 'Why Fernhaven?', hint: 'A short paragraph is fine.' },
  ],
});

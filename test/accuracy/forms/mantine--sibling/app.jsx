import { renderApplication } from '../mantine/template.jsx';

renderApplication({
  title: 'Analytics Engineer',
  company: 'Marrowgate',
  where: 'New York or remote (US)',
  questions: [
    { key: 'q_exp', type: 'segmented', label: 'Years of professional experience', options: ['Under 3', '3–6', '7–10', 'Over 10'] },
    { key: 'q_right_to_work', type: 'radio', label: 'Do you have the right to work in the US?', options: ['Yes', 'No'] },
    { key: 'q_visa', type: 'select', label: 'Do you need a visa to work for us?', options: ['Yes, I need a visa', 'No, I do not need a visa'] },
    { key: 'q_pronouns', type: 'select', label: 'Your pronouns', options: ['she/her', 'he/him', 'they/them', 'Other'] },
    { key: 'q_start', type: 'text', label: 'Earliest start date', placeholder: 'YYYY-MM-DD', initial: '' },
    { key: 'q_github', type: 'text', label: 'GitHub profile', placeholder: 'github.com/…', initial: '' },
    { key: 'q_why', type: 'textarea', label: 'Why Marrowgate?', initial: '' },
    { key: 'q_remote', type: 'switch', label: 'I want to work fully remote', initial: false },
  ],
});

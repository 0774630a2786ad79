import { renderPosting } from '../uu-antd-cascader-straitline/template.jsx';

renderPosting({
  team: 'Port Operations Analytics',
  title: 'Analytics Engineer, Port Operations',
  where: 'San Francisco, CA or Long Beach, CA · Full-time · USD',
  intro: 'Terminal operators use Straitline to see which berths will be busy next week. You will model berth schedules, crane moves and gate transactions into tables our product and customers rely on.',
  yearsLabel: 'How many years have you worked in data or analytics roles?',
  years: ['Under 3 years', '3-4 years', '5-7 years', '8+ years'],
  questions: [
    { key: 'q_port', kind: 'radio', label: 'Have you worked at or for a port, terminal or carrier?', options: ['Yes', 'No'] },
    { key: 'q_onsite', kind: 'radio', label: 'Are you comfortable visiting terminals in Long Beach about once a month?', options: ['Yes', 'No'] },
    { key: 'q_twic', kind: 'select', label: 'Do you hold a TWIC card?', options: ['Yes', 'No, but I can apply', 'No'] },
    { key: 'q_model', kind: 'text', label: 'Describe a dbt model or metric definition you are proud of.' },
  ],
});

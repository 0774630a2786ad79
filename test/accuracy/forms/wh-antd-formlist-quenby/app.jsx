import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Terminal Operations Data',
  team: 'Platform Engineering',
  where: 'Oakland, CA (hybrid) · San Francisco Bay Area',
  intro: 'Quenby’s terminal operating system schedules cranes, trucks and yard moves at eleven container ports. You will own the event pipelines that feed berth planning and our customer-facing ETAs.',
  yearsLabel: 'Total years of professional experience',
  questions: [
    { key: 'twic', type: 'radio', label: 'Do you hold a current TWIC card?', options: ['Yes', 'No', 'I can apply for one'], help: 'Needed for occasional terminal visits; we sponsor the application.' },
    { key: 'onsite', type: 'select', label: 'How many days a week could you work from our Oakland office?', options: ['1', '2', '3', '4', '5'] },
    { key: 'streaming', type: 'text', label: 'Tell us about an event-streaming system you have run in production.' },
  ],
});

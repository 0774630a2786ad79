import { renderApplication } from '../qe-slimselect-harborlight/template.js';

renderApplication({
  title: 'Analytics Engineer, Dispatch Operations',
  team: 'Operations',
  where: 'Sacramento, CA or remote (US)',
  req: 'HL-2307',
  range: '$128,000–$154,000',
  blurb: [
    'Our dispatchers move 1,900 trailers a night. They run on dashboards that were built for a network half this size.',
    'As the first analytics engineer on the Dispatch team you will model terminal events in dbt, give dispatchers a single on-time view, and sit with the night shift once a quarter.',
  ],
  questions: [
    { id: '7140', type: 'text', label: 'Which pronouns should we use for you?', placeholder: 'e.g. they/them' },
    { id: '7141', type: 'select', label: 'Have you worked with TMS or dispatch data before?', options: ['Yes, every day', 'Some exposure', 'Not yet'] },
    { id: '7142', type: 'textarea', label: 'Describe a dashboard that changed how a team worked.', required: true },
    { id: '7143', type: 'radio', label: 'Are you able to join the on-call rotation one week in six?', options: ['Yes', 'No', "I'd like to discuss it"], required: true },
  ],
});

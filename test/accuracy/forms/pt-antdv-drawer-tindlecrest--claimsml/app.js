import { renderApplication } from '../pt-antdv-drawer-tindlecrest/template.js';

renderApplication({
  title: 'Machine Learning Engineer, Claims Triage',
  meta: 'Remote in the US · Full-time · Claims Technology',
  about: [
    'After a hailstorm our adjusters get thousands of claims in a week. Claims Triage ranks them so the worst-hit farms get a visit first.',
    'You will build the features and the serving path for the triage model, from field photos and weather radar to a score in the adjuster app.',
  ],
  questions: [
    { type: 'select', key: 'q_zone', label: 'Which time zone do you work in?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska', 'Hawaii'] },
    { type: 'buttons', key: 'q_storm', label: 'During storm season (May–August) we run an on-call rotation. Can you take part?', options: ['Yes', 'No', 'Need to discuss'] },
    { type: 'multi', key: 'q_ml', label: 'Which of these have you shipped to production?', options: ['Gradient-boosted trees', 'Computer vision models', 'Feature stores', 'Online model serving', 'None of these'] },
    { type: 'text', key: 'q_notice', label: 'How much notice do you need to give your current employer?', help: 'For example: 2 weeks' },
  ],
});

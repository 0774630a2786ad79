import { renderPosting } from '../qi-mui-wizard-harbortide/template.jsx';

renderPosting({
  team: 'Claims Technology · Hartford, CT',
  title: 'Data Engineer, Claims Analytics',
  where: 'Hartford, CT (hybrid) or remote in the Eastern or Pacific time zone · Full-time',
  intro: 'Our claims adjusters close 30,000 auto and property claims a month. The claims analytics team builds the feeds behind fraud scoring, reserve reports and the adjuster workload dashboards.',
  questions: [
    { key: 'q8140', kind: 'checkbox', label: 'I hold an active property & casualty adjuster license' },
    { key: 'q8141', kind: 'radio', label: 'Can you travel to Hartford for a week-long onboarding in your first month?', options: ['Yes', 'No', 'Not sure yet'] },
    { key: 'q8142', kind: 'select', label: 'Which claims system have you worked with?', options: ['Guidewire ClaimCenter', 'Duck Creek Claims', 'Origami Risk', 'An in-house system', 'None'] },
    { key: 'q8143', kind: 'text', label: 'What would you look at first to spot a fraudulent water-damage claim?' },
  ],
});

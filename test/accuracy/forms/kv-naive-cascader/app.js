import { mountApplication } from './template.js';

mountApplication({
  title: 'Senior Data Engineer, Realtime Vehicle Data',
  team: 'Data Platform',
  where: 'Oakland, CA · Hybrid',
  intro: 'Our GTFS-Realtime feeds reach 40 transit agencies. Help us rebuild the pipelines that turn vehicle pings into arrival predictions riders can trust.',
  yearsLabel: 'Years of professional experience',
  questions: [
    { key: 'q_employed', type: 'switch', label: 'I am currently employed' },
    { key: 'q_gtfs', type: 'radio', label: 'Have you worked with GTFS or GTFS-Realtime data?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_oncall', type: 'buttons', label: 'Could you join an on-call rotation one week in six?', options: [['yes', 'Yes'], ['no', 'No'], ['discuss', "Let's discuss"]] },
    { key: 'q_proud', type: 'textarea', label: 'Tell us about a data pipeline you are proud of' },
  ],
});

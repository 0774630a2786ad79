import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Fleet & Ridership',
  team: 'Data & Technology',
  where: 'San Francisco Ferry Building (hybrid)',
  intro: 'Quaymore carries 40,000 riders a day across the bay. Build the pipelines that join AIS positions, fare taps and engine telemetry so we can run a greener, more punctual fleet.',
  yearsLabel: 'Years of professional data engineering experience',
  terminalsLabel: 'Which terminals could you work from on office days?',
  terminals: ['San Francisco Ferry Building', 'Oakland Jack London Square', 'Vallejo', 'Alameda Main Street'],
  questions: [
    { key: 'q_ais', label: 'Have you worked with AIS or other vessel-tracking data?', type: 'radio', options: ['Yes', 'No'], required: true },
    { key: 'q_oncall', label: 'Our ferries run 5 a.m. to midnight. Describe how you would keep pipelines healthy outside office hours.', type: 'text' },
  ],
});

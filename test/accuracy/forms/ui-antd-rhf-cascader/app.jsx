import { renderPosting } from './template.jsx';

renderPosting({
  title: 'Senior Data Engineer, Fleet Performance',
  where: 'Sacramento, CA · Hybrid (2 days on site)',
  intro: 'Brightfield operates 1.4 GW of utility-scale solar across the Southwest. Fleet Performance turns inverter and tracker telemetry into the availability numbers our asset managers live by.',
  yearsLabel: 'Years of professional experience',
  sitesLabel: 'Which of our sites could you visit when needed?',
  sites: ['Sacramento HQ', 'Mojave Flats (CA)', 'Gila Bend (AZ)', 'Amargosa Valley (NV)'],
  questions: [
    { key: 'q_7021_scada', kind: 'radio', label: 'Have you worked with SCADA or PI historian data?', options: ['Yes', 'No'] },
    { key: 'q_7022_travel', kind: 'select', label: 'How much travel to sites are you comfortable with?', options: ['None', 'Up to 10%', 'Up to 25%', 'More than 25%'] },
    { key: 'q_7023_extra', kind: 'text', label: 'Anything else you would like us to know?' },
  ],
});

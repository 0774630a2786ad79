import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Fleet Telemetry (US)',
  team: 'Data Platform',
  where: 'Oakland, CA (hybrid) · US remote considered',
  intro: 'Corriedale Grid runs 40 battery-storage sites across Scotland and California. Our US team in Oakland is growing: you will own the telemetry pipelines that turn millions of cell readings a minute into dispatch decisions and warranty reports.',
  yearsLabel: 'Years of professional data engineering experience',
  offices: ['Oakland, CA', 'Edinburgh, UK', 'Remote (US)'],
  questions: [
    { key: 'authUS', type: 'buttons', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'sponsorUS', type: 'buttons', label: 'Will you now or in the future require sponsorship for a US employment visa (e.g. H-1B)?', options: ['Yes', 'No'] },
    { key: 'rightToWorkUK', type: 'buttons', label: 'Do you have the right to work in the United Kingdom?', options: ['Yes', 'No'], help: 'Some team members spend a few weeks a year in Edinburgh.' },
    { key: 'onCall', type: 'radio', label: 'This team shares an on-call rota (one week in six). Are you comfortable with that?', options: ['Yes', 'No', 'I’d like to discuss it'] },
    { key: 'whyUs', type: 'text', label: 'What draws you to grid-scale storage?' },
  ],
});

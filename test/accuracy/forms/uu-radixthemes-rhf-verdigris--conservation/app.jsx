import { renderPosting } from '../uu-radixthemes-rhf-verdigris/template.jsx';

renderPosting({
  kicker: 'Water Resources · Oakland, CA or remote (California)',
  title: 'Analytics Engineer, Water Conservation Programs',
  intro: 'Rebates for turf replacement, leak-fix kits, drought surcharges: our conservation programs run on customer and meter data. You will model who uses how much, when, and which programs actually save water.',
  teams: ['Conservation programs', 'Rates & affordability', 'Drought planning', 'Customer analytics'],
  questions: [
    { key: 'operatorCert', kind: 'radio', label: 'Do you hold a California water treatment or distribution operator certificate?', options: ['Yes', 'No'] },
    { key: 'boardMeetings', kind: 'radio', label: 'Could you attend our quarterly board meetings in Sacramento in person?', options: ['Yes', 'No', 'Sometimes'] },
    { key: 'firstMetric', kind: 'text', label: 'Which conservation metric would you build first, and why?' },
  ],
});

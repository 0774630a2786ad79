import { renderLarchmere } from '../vj-rselect-larchmere-ca/form.jsx';

renderLarchmere({
  team: 'Engineering · Platform',
  title: 'Staff Data Engineer, Platform',
  location: 'Vancouver, British Columbia, Canada · Remote (Canada)',
  blurb: 'Larchmere Health runs virtual-care clinics for 1.4 million Canadians. The platform team owns our Kafka backbone, the lakehouse and the de-identification service every analyst query passes through.',
  yearsLabel: 'Years of relevant experience',
  ranges: ['Less than 4', '4 to 6', '7 to 9', '10 or more'],
  questions: [
    { id: 'QA_7318807', kind: 'select', label: 'Do you reside in Canada?', options: ['Yes', 'No'] },
    { id: 'QA_7318808', kind: 'select', label: 'Highest level of education completed', options: ['High school diploma', 'College diploma', "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { id: 'QA_7318809', kind: 'text', label: 'Current job title' },
  ],
});

import { renderApplication } from '../vo-headlessui-kinloch/template.jsx';

renderApplication({
  title: 'Reliability Data Analyst',
  team: 'Maintenance & Reliability',
  where: 'Boston, MA (hybrid)',
  intro: [
    'Kinloch operates offshore wind and gas assets in the North Sea and, since 2022, three wind farms off the US East Coast.',
    'Work with our reliability engineers on failure-mode data, work-order history and spare-parts planning for the Massachusetts wind farms.',
  ],
  yearsLabel: 'How much experience do you have in data analysis?',
  years: ['Under 5 years', '5 to 10 years', 'Over 10 years'],
  sitesLabel: 'Which shifts could you cover?',
  sites: ['Weekday days', 'Weekday evenings', 'Weekends', 'On-call'],
  motivationLabel: 'Tell us about a reliability problem you helped solve.',
  questions: [
    { key: 'cmms', label: 'Which CMMS have you used most?', options: ['SAP PM', 'IBM Maximo', 'Infor EAM', 'Other', 'None'] },
    { key: 'twic', label: 'Do you hold a TWIC card?', options: ['Yes', 'No'] },
    { key: 'sixsigma', label: 'Six Sigma certification level', options: ['None', 'Yellow Belt', 'Green Belt', 'Black Belt'] },
  ],
});

import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Treaty Analytics',
  team: 'Analytics & Data, US Branch',
  where: 'Hartford, CT or remote (US)',
  intro: [
    'Oberland Rück has reinsured property and casualty risks from Munich since 1908. Our US branch writes treaty business for 140 cedents.',
    'You will build the data platform behind treaty pricing: bordereaux ingestion, exposure data and the loss triangles our actuaries rely on.',
  ],
  yearsLabel: 'Professional experience in data engineering',
  years: ['1 year or less', '2 to 4 years', '5 to 9 years', '10 years or more'],
  officesLabel: 'Which of these locations would you work from?',
  offices: ['Hartford', 'New York', 'Munich', 'Remote (US)'],
  motivationLabel: 'What attracts you to reinsurance?',
  questions: [
    { key: 'insurance', label: 'Do you have experience in insurance or reinsurance?', options: ['Yes', 'No'] },
    { key: 'german', label: 'German language skills', options: ['None', 'Basic', 'Fluent', 'Native'] },
  ],
});

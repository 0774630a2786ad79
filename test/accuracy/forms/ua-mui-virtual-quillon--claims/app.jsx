import { renderApplication } from '../ua-mui-virtual-quillon/template.jsx';

renderApplication({
  title: 'Data Engineer, Claims Integrations',
  team: 'Revenue Cycle',
  where: 'Nashville, TN · Hybrid',
  color: '#0d6e8a',
  intro: 'Claims from 300 payers land in our platform every night. You will build and monitor the integrations that turn EDI 837 and 835 files into clean, queryable tables.',
  yearsLabel: 'How many years have you worked with production data pipelines?',
  years: ['Under 2', '2–4', '5–7', '8+'],
  essay: 'Describe an integration that failed in production and what you changed.',
  shifts: { label: 'Which on-call weeks could you cover in Q1? (select all that apply)', options: ['January', 'February', 'March'] },
});

import { renderApplication } from '../zq-antd-upload-energy/template.jsx';

renderApplication({
  title: 'Data Engineer II, Market Operations',
  team: 'Markets',
  where: 'Sacramento, CA · On-site three days a week',
  intro: 'Our market operations team bids battery capacity into CAISO. You will own the settlement data pipelines and the reconciliation jobs behind them.',
  yearsLabel: 'How many years of professional experience do you have?',
  years: ['0–2', '3–4', '5–7', '8+'],
  skills: ['Pandas', 'Python', 'SQL', 'Power BI', 'Airflow'],
  teams: [
    { title: 'Markets', value: 'markets', children: [{ title: 'Bidding', value: 'bidding' }, { title: 'Settlements', value: 'settlements' }] },
    { title: 'Data Platform', value: 'platform', children: [{ title: 'Warehouse', value: 'warehouse' }] },
  ],
  questions: [
    { key: 'q_caiso', type: 'radio', label: 'Have you worked with CAISO or another ISO market data feed?', options: ['Yes', 'No'] },
    { key: 'q_onsite', type: 'radio', label: 'Can you work on-site in Sacramento three days a week?', options: ['Yes', 'No'] },
  ],
});

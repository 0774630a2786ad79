import { renderApplication } from '../pt-heroui-modal-brinmoor/template.jsx';

renderApplication({
  team: 'Grid Services · Remote in California, Nevada or Arizona',
  title: 'Data Engineer, Load Forecasting',
  meta: 'Full-time · $135,000 – $165,000 · Remote',
  about: [
    'When a heat wave hits, utilities pay Brinmoor customers to let their batteries carry the evening peak. Our forecasts decide how much capacity we can promise the grid operator a day ahead.',
    'You will build the weather and load feature pipelines behind those forecasts and the backtests that tell us how far to trust them.',
  ],
  questions: [
    { type: 'select', key: 'q_zone', label: 'Which time zone do you work in?', options: ['Pacific Time', 'Mountain Time', 'Arizona (no DST)', 'Central Time', 'Eastern Time'] },
    { type: 'toggle', key: 'q_peak', label: 'On heat-wave days (about ten a summer) the team is on call until 9 pm. Can you do that?', options: ['Yes', 'No', 'Let’s discuss'] },
    { type: 'multi', key: 'q_markets', label: 'Which markets have you worked with?', options: ['CAISO', 'ERCOT', 'PJM', 'None yet'] },
    { type: 'text', key: 'q_notice', label: 'What notice period do you have?', help: 'For example: 3 weeks' },
  ],
});

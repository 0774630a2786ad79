import { renderPosting } from '../ui-antd-rhf-cascader/template.jsx';

renderPosting({
  title: 'Analytics Engineer, Battery Storage Dispatch',
  where: 'Remote (US) · occasional visits to Tempe, AZ',
  intro: 'Our 600 MWh of batteries bid into CAISO and ERCOT every five minutes. You will model state-of-charge, bids and settlements so traders and asset managers see one set of numbers.',
  yearsLabel: 'How many years have you worked with data professionally?',
  sitesLabel: 'Which control rooms could you visit a few times a year?',
  sites: ['Tempe, AZ control room', 'Sacramento, CA HQ', 'Houston, TX trading desk'],
  questions: [
    { key: 'q_8810_portfolio', kind: 'text', label: 'Link to a portfolio or code sample (optional)' },
    { key: 'q_8811_iso', kind: 'radio', label: 'Have you worked with ISO market data (CAISO, ERCOT, PJM)?', options: ['Yes', 'No'] },
    { key: 'q_8812_python', kind: 'select', label: 'How many years have you written Python professionally?', options: ['0–2', '3–5', '6–8', '9+'] },
    { key: 'q_8813_license', kind: 'radio', label: "Do you hold a valid driver's license?", options: ['Yes', 'No'] },
  ],
});

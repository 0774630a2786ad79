import { renderApplication } from '../qz-greenhouse-bellwrought/template.jsx';

renderApplication({
  title: 'Data Engineer, Marketplace Integrations',
  company: 'Bellwrought Cookware',
  location: 'Remote (US)',
  questions: [
    { id: '9104452003', label: 'Website or portfolio', kind: 'text' },
    { id: '9104453003', label: 'Which of the following best describes your right to work in the US?', kind: 'select', required: true,
      options: ['I can work for any US employer without a visa sponsor', 'I can work now, but my status will need sponsorship later', 'I need sponsorship to start', 'None of the above'] },
    { id: '9104454003', label: 'How many years have you worked as a data engineer (any industry)?', kind: 'select', required: true,
      options: ['0–1', '2–3', '4–6', '7–10', '11+'] },
    { id: '9104455003', label: 'Pick the base pay band closest to your expectations', kind: 'select',
      options: ['$120,000 – $139,999', '$140,000 – $159,999', '$160,000 – $179,999', '$180,000+'] },
    { id: '9104456003', label: 'Which marketplaces have you integrated with? (select all that apply)', kind: 'multi',
      options: ['Amazon Seller Central', 'Shopify', 'Walmart Marketplace'] },
    { id: '9104457003', label: 'Is there anything else you would like us to know?', kind: 'textarea' },
  ],
});

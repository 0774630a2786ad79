import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Billing Platform',
  company: 'Brightwater',
  where: 'San Francisco or Toronto (hybrid)',
  team: 'Engineering',
  phoneCountry: 'CA',
  currency: 'USD for US hires, CAD for Canadian hires',
  authorizedLabel: 'Are you legally authorized to work in the country where this role is based?',
  sponsorshipLabel: 'Will you now or in the future require Brightwater to sponsor an employment visa?',
  description: [
    'Brightwater sends 40 million utility bills a month. The Billing Platform team owns the pipelines that turn meter reads into invoices.',
    'You will work in Spark, Airflow and Postgres, and you will be on call one week in six.',
  ],
  questions: [
    { id: '5501', type: 'text', label: 'How many years have you worked as a data or software engineer?', placeholder: 'e.g. 4' },
    { id: '5502', type: 'select', label: 'How many years of Apache Spark experience do you have?', options: ['None', 'Less than 1 year', '1–2 years', '3–5 years', 'More than 5 years'] },
    { id: '5503', type: 'radio', label: 'Are you comfortable being on call one week in six?', options: ['Yes', 'No'] },
    { id: '5504', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: '5505', type: 'select', label: 'Which office would you report to?', options: ['San Francisco', 'Toronto', 'Either'] },
    { id: '5506', type: 'textarea', label: 'Tell us about a data pipeline you are proud of.' },
  ],
});

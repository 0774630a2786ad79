import { renderApplication } from '../qt-rhf-mui-brightwater/template.jsx';

renderApplication({
  title: 'Data Engineer, Meter Operations',
  company: 'Brightwater',
  where: 'Remote (US or Canada)',
  team: 'Data',
  phoneCountry: 'CA',
  currency: 'your local currency',
  authorizedLabel: 'Do you have the legal right to work in the country you would work from?',
  sponsorshipLabel: 'Would you need an employment visa, a work permit or a TN, now or later, for this job?',
  description: [
    'Smart meters report every fifteen minutes. The Meter Operations data team keeps those reads flowing to billing, outage detection and our customer app.',
    'Our stack is Kafka, Flink, dbt and Snowflake. The role is remote within the US or Canada.',
  ],
  questions: [
    { id: '6120', type: 'select', label: 'Total years of professional engineering experience', options: ['0–1', '2–4', '5–7', '8–10', '11+'] },
    { id: '6121', type: 'text', label: 'Who is your current (or most recent) employer?' },
    { id: '6122', type: 'radio', label: 'Do you hold a four-year university degree?', options: ['Yes', 'No'] },
    { id: '6123', type: 'select', label: 'Which time zone would you work in?', options: ['Newfoundland', 'Atlantic', 'Eastern', 'Central', 'Mountain', 'Pacific'] },
    { id: '6124', type: 'radio', label: 'Have you built streaming pipelines with Apache Flink?', options: ['Yes', 'No'] },
    { id: '6125', type: 'text', label: 'Notice period at your current job (weeks)', placeholder: 'e.g. 2' },
    { id: '6126', type: 'textarea', label: 'Anything else we should know?' },
  ],
});

import { renderPosting } from '../ug-reactselect-ctc-in/template.jsx';

renderPosting({
  company: 'Indrayani Freight Technologies',
  short: 'Indrayani',
  team: 'Analytics · Pricing',
  title: 'Senior Analytics Engineer',
  location: 'Bengaluru, Karnataka (HSR Layout, 3 days a week in office)',
  experience: '5–8 years',
  jobId: 'IFT-AN-2317',
  blurb:
    'Our pricing analytics team turns lane-level freight data into the rate cards shippers see. You will own the dbt models and the metrics layer that pricing, finance and the sales team share, and partner with data scientists on demand forecasting.',
  relevantLabel: 'Years of relevant experience',
  questions: [
    { id: 'q_40215', kind: 'select', label: 'Proficiency in dbt', options: ['Never used', 'Beginner', 'Intermediate', 'Expert'] },
    { id: 'q_40216', kind: 'radio', label: 'Are you open to working from our Bengaluru office three days a week?', options: ['Yes', 'No'] },
    { id: 'q_40217', kind: 'radio', label: 'Are you currently working with Indrayani Freight Technologies?', options: ['Yes', 'No'] },
    { id: 'q_40218', kind: 'text', label: 'Link to a dashboard or analysis you are proud of (optional)' },
  ],
});

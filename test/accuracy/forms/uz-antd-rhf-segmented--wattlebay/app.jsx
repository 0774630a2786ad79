import { renderPosting } from '../uz-antd-rhf-segmented/template.jsx';

renderPosting({
  company: 'Wattle Bay Energy',
  location: 'Sydney HQ · US West Coast (remote)',
  color: '#237804',
  title: 'Data Engineer, Battery Trading Analytics',
  blurb: [
    'Wattle Bay operates grid-scale batteries in Australia and, from next year, in California. Our trading desk bids them into the market every five minutes.',
    'You will build the price, telemetry and settlement pipelines the desk and its models rely on, starting with CAISO data.',
  ],
  dialDefault: 'AU',
  dialCodes: [['AU', '+61 Australia'], ['NZ', '+64 New Zealand'], ['GB', '+44 United Kingdom'], ['CA', '+1 Canada'], ['US', '+1 United States'], ['IN', '+91 India'], ['PH', '+63 Philippines']],
  labels: {
    fullName: 'Full name', phone: 'Phone', city: 'Suburb / city', country: 'Country',
    company: 'Current employer', title: 'Current job title', years: 'Years in data roles', education: 'Highest level of education',
    salary: 'Salary expectation (USD)', startDate: 'When could you start?', authorized: 'Do you have the right to work in the USA?',
    sponsorship: 'Will you require sponsorship?', coverLetter: 'Covering letter', tools: 'Energy market data you have worked with', relocate: 'Would you consider a 3-month stint in Sydney?',
  },
  salaryHint: 'Annual base, excluding super / 401(k)',
  cities: ['Sacramento', 'San Diego', 'San Francisco', 'San Jose', 'Santa Rosa', 'Sydney', 'Melbourne', 'Brisbane'],
  years: ['0–2', '3–4', '5–7', '8+'],
  education: ['High school', 'TAFE / diploma', 'Bachelor degree', 'Postgraduate degree', 'Doctorate'],
  sponsorshipOptions: ['Yes, now or in the future', 'No, never'],
  pronouns: ['he/him', 'she/her', 'they/them', 'prefer not to say'],
  tools: ['AEMO / NEM', 'CAISO', 'ERCOT', 'PJM', 'Nord Pool'],
  sources: ['LinkedIn', 'Seek', 'Wattle Bay website', 'Climatebase', 'Referral', 'Other'],
  questions: [
    { id: '7781', type: 'radio', label: 'Are you currently working?', options: ['Yes', 'No'] },
    { id: '7782', type: 'select', label: 'How soon can you start?', options: ['Immediately', 'Within 2 weeks', 'Within a month', '1–3 months', 'More than 3 months'] },
    { id: '7783', type: 'textarea', label: 'Tell us about a time your data changed a trading or pricing decision.' },
  ],
});

/* Hirebridge posting: Analytics Engineer at Tidemark Health (Seattle or remote, US). */
import { renderPosting } from '../ph-hirebridge-larkfield/template.js';

const STATES = [
  ['AK', 'Alaska'], ['AL', 'Alabama'], ['AR', 'Arkansas'], ['AZ', 'Arizona'], ['CA', 'California'], ['CO', 'Colorado'], ['CT', 'Connecticut'], ['DC', 'District of Columbia'],
  ['DE', 'Delaware'], ['FL', 'Florida'], ['GA', 'Georgia'], ['HI', 'Hawaii'], ['IA', 'Iowa'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'], ['KS', 'Kansas'],
  ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['MA', 'Massachusetts'], ['MD', 'Maryland'], ['ME', 'Maine'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MO', 'Missouri'],
  ['MS', 'Mississippi'], ['MT', 'Montana'], ['NC', 'North Carolina'], ['ND', 'North Dakota'], ['NE', 'Nebraska'], ['NH', 'New Hampshire'], ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'], ['NV', 'Nevada'], ['NY', 'New York'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['OR', 'Oregon'], ['PA', 'Pennsylvania'], ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'], ['TX', 'Texas'], ['UT', 'Utah'], ['VA', 'Virginia'], ['VT', 'Vermont'], ['WA', 'Washington'],
  ['WI', 'Wisconsin'], ['WV', 'West Virginia'], ['WY', 'Wyoming'],
].map(([code, name]) => `${code} – ${name}`);

const leaf = (label) => ({ label });
const PLACES = [
  { label: 'North America', children: [
    { label: 'Canada', children: [{ label: 'British Columbia', children: [leaf('Greater Vancouver'), leaf('Victoria')] }, { label: 'Ontario', children: [leaf('Greater Toronto Area'), leaf('Ottawa')] }] },
    { label: 'United States', children: [
      { label: 'California', children: [leaf('Greater Los Angeles'), leaf('Sacramento area'), leaf('San Diego County'), leaf('San Francisco Bay Area')] },
      { label: 'Oregon', children: [leaf('Portland metro'), leaf('Rest of Oregon')] },
      { label: 'Washington', children: [leaf('Seattle metro'), leaf('Spokane'), leaf('Rest of Washington')] },
      { label: 'Other US state', children: [leaf('Eastern time zone'), leaf('Central time zone'), leaf('Mountain time zone')] },
    ] },
  ] },
  { label: 'Europe', children: [leaf('Ireland'), leaf('United Kingdom'), leaf('Elsewhere in Europe')] },
  { label: 'Rest of the world', children: [leaf('Asia-Pacific'), leaf('Latin America'), leaf('Middle East & Africa')] },
];
const FIELDS = [
  { label: 'Engineering & computing', children: [leaf('Computer science'), leaf('Data science'), leaf('Electrical engineering'), leaf('Information systems')] },
  { label: 'Mathematics & statistics', children: [leaf('Applied mathematics'), leaf('Biostatistics'), leaf('Statistics')] },
  { label: 'Health sciences', children: [leaf('Epidemiology'), leaf('Health informatics'), leaf('Nursing'), leaf('Public health')] },
  { label: 'Business & economics', children: [leaf('Economics'), leaf('Finance'), leaf('Management')] },
  { label: 'Social sciences & humanities', children: [leaf('Psychology'), leaf('Sociology'), leaf('Other')] },
];

renderPosting({
  company: 'Tidemark Health',
  title: 'Analytics Engineer, Care Operations',
  meta: 'Seattle, WA or remote (US) · Full-time · Data',
  blurb: 'Model the data our care coordinators use to schedule 12,000 home visits a week. dbt, Snowflake, Looker; close work with nurses and schedulers.',
  relocationHint: 'We pay for a move to Seattle if you want one; remote works too.',
  arrangements: ['Hybrid (Seattle, 2 days)', 'Fully remote', 'On-site (Seattle)'],
  questions: [
    { type: 'tree', id: 'q-5120', key: 'q_5120', label: 'Where are you based?', nodes: PLACES, hint: 'Pick the area you live in today.' },
    { type: 'select', id: 'q-5121', key: 'q_5121', label: 'State of residence (for payroll)', options: STATES, prompt: 'Select a state' },
    { type: 'tree', id: 'q-5122', key: 'q_5122', label: 'Field of study', nodes: FIELDS, hint: 'Your main degree subject.' },
    { type: 'segmented', id: 'q-5123', key: 'q_5123', label: 'How many days a week could you be in the Seattle office?', options: ['0', '1', '2', '3+'] },
    { type: 'switch', id: 'q-5124', key: 'q_5124', label: 'I have worked for a hospital or clinic that is a Tidemark client', hint: 'We ask to avoid conflicts of interest.' },
  ],
});

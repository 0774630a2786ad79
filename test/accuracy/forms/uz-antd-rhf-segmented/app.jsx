import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Merlion Freightworks',
  location: 'Singapore HQ · San Francisco office',
  color: '#d4380d',
  title: 'Senior Data Engineer, Ocean Visibility (US)',
  blurb: [
    'Merlion tracks 60,000 containers a day across trans-Pacific lanes for shippers and forwarders. Our new San Francisco office builds the US side of the visibility platform.',
    'You will own the event pipelines that turn carrier EDI, AIS positions and port feeds into ETAs customers can plan around.',
  ],
  dialDefault: 'SG',
  dialCodes: [['SG', '+65 Singapore'], ['MY', '+60 Malaysia'], ['ID', '+62 Indonesia'], ['IN', '+91 India'], ['CN', '+86 China'], ['HK', '+852 Hong Kong'], ['AU', '+61 Australia'], ['GB', '+44 United Kingdom'], ['CA', '+1 Canada'], ['US', '+1 United States']],
  labels: {
    fullName: 'Full name (as in passport)', phone: 'Mobile number', city: 'Current city', country: 'Country of residence',
    company: 'Current company', title: 'Current position', years: 'Years of working experience', education: 'Highest qualification',
    salary: 'Expected annual salary (USD)', startDate: 'Earliest start date', authorized: 'Are you authorized to work in the United States?',
    sponsorship: 'Visa sponsorship', coverLetter: 'Cover letter', tools: 'Which of these have you used in production?', relocate: 'Open to relocating to Singapore later on?',
  },
  salaryHint: 'Base salary only',
  cities: ['San Francisco', 'San Jose', 'San Mateo', 'South San Francisco', 'Oakland', 'Los Angeles', 'Seattle', 'Singapore', 'Kuala Lumpur'],
  years: ['< 3', '3 – 6', '7 – 10', '> 10'],
  education: ['Diploma', "Bachelor's degree", "Master's degree", 'PhD', 'Others'],
  sponsorshipOptions: ['I need sponsorship to work in the US', "I don't need sponsorship to work in the US"],
  pronouns: ['she/her', 'he/him', 'they/them', 'other'],
  tools: ['Kafka', 'Flink', 'Spark', 'Airflow', 'dbt', 'Snowflake', 'BigQuery'],
  sources: ['LinkedIn', 'Company website', 'MyCareersFuture', 'Referral', 'Event', 'Others'],
  questions: [
    { id: '5512', type: 'radio', label: 'Have you worked with AIS or other vessel-tracking data?', options: ['Yes', 'No'] },
    { id: '5513', type: 'select', label: 'Which time zone do you work in?', options: ['US Pacific (PT)', 'US Mountain (MT)', 'US Central (CT)', 'US Eastern (ET)', 'Singapore (SGT)', 'Other'] },
    { id: '5514', type: 'textarea', label: 'How would you estimate a vessel ETA when AIS goes dark for 12 hours?' },
  ],
});

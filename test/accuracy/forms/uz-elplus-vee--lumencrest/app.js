import { mountPosting } from '../uz-elplus-vee/template.js';

mountPosting({
  company: 'Lumencrest Solar',
  location: 'Sacramento, CA or Remote (US)',
  employment: 'Full-time · Exempt',
  title: 'Analytics Engineer, Fleet Performance',
  blurb: [
    'Lumencrest operates 1.4 GW of utility-scale solar across California and Nevada. Fleet Performance tells our operators which inverters, trackers and strings are underperforming and why.',
    'You will model SCADA and weather data in dbt, own the performance-ratio metrics and work with field technicians on the alerts they get.',
  ],
  dialDefault: 'US',
  dialCodes: [['US', '+1 (US)'], ['CA', '+1 (CA)'], ['MX', '+52 (MX)'], ['GB', '+44 (UK)'], ['IN', '+91 (IN)'], ['PH', '+63 (PH)']],
  phonePlaceholder: '(555) 555-5555',
  dateFormat: 'MM/DD/YYYY',
  labels: {
    firstName: 'First Name', lastName: 'Last Name', phone: 'Phone', city: 'City of residence', country: 'Country of residence',
    github: 'GitHub profile URL', employer: 'Most recent employer', years: 'Years of relevant work experience',
    degree: 'Education level', salary: 'Expected annual base pay (USD)', start: 'Available start date',
    notice: 'How much notice do you need to give your current employer?', authorized: 'Are you legally eligible to work in the U.S.?',
    sponsorship: 'Do you require employer sponsorship for a work visa?', motivation: 'Cover Letter',
  },
  githubPlaceholder: 'https://github.com/username',
  motivationPlaceholder: 'Paste your cover letter here',
  cities: ['Bakersfield', 'Fresno', 'Las Vegas', 'Reno', 'Sacramento', 'San Bernardino', 'San Francisco', 'San Luis Obispo', 'Santa Rosa', 'Stockton'],
  years: ['Less than 1', '1–3', '4–6', '7–9', '10+'],
  degrees: ['High school', 'Some college', 'Associate', 'Bachelor', 'Master', 'Doctorate'],
  notice: ['No notice needed', '1 week', '2 weeks', '3–4 weeks', 'More than a month'],
  sponsorshipOptions: [['yes', 'Yes – I require sponsorship'], ['no', 'No – I do not require sponsorship']],
  pronouns: ['He / Him', 'She / Her', 'They / Them', 'Prefer to self-describe'],
  sources: ['LinkedIn', 'Indeed', 'Lumencrest website', 'Solar industry job board', 'Employee referral', 'Other'],
  questions: [
    { id: 'q_field', kind: 'buttons', label: 'This role visits our Kern County sites about once a month. Is that OK?', options: ['Yes', 'No'] },
    { id: 'q_dbt', kind: 'select', label: 'How many years have you used dbt?', options: ['Never', 'Less than 1 year', '1–2 years', '3+ years'] },
    { id: 'q_employed', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_license', kind: 'checkbox', label: "I hold a valid driver's license" },
    { id: 'q_alerts', kind: 'textarea', label: 'Describe an alert you designed that people actually acted on.' },
  ],
});

import { mountPosting } from './template.js';

mountPosting({
  company: 'Kranich Mobility',
  location: 'Remote (United States) · HQ Berlin',
  employment: 'Full-time',
  title: 'Data Engineer – Charging Network Analytics',
  blurb: [
    'Kranich runs 9,000 public fast chargers in Germany, Austria and, since this year, California. Our analytics team turns charger telemetry, payments and grid prices into the numbers our site planners and operators work with.',
    'As our first data engineer in the US you will bring the Californian network onto the same Kafka-to-BigQuery platform the European team runs, and own its data quality.',
  ],
  dialDefault: 'DE',
  dialCodes: [['DE', 'DE +49'], ['AT', 'AT +43'], ['CH', 'CH +41'], ['NL', 'NL +31'], ['GB', 'GB +44'], ['CA', 'CA +1'], ['US', 'US +1']],
  phonePlaceholder: 'Phone number',
  dateFormat: 'DD.MM.YYYY',
  labels: {
    firstName: 'First name', lastName: 'Last name', phone: 'Mobile', city: 'City', country: 'Country',
    github: 'GitHub', employer: 'Current employer', years: 'Professional experience',
    degree: 'Highest degree', salary: 'Salary expectation (USD gross per year)', start: 'Earliest possible start date',
    notice: 'Notice period', authorized: 'Are you allowed to work in the United States without restrictions?',
    sponsorship: 'Will you need a visa sponsored by Kranich to take this job?', motivation: 'Cover letter',
  },
  githubPlaceholder: 'https://github.com/…',
  motivationPlaceholder: 'Tell us why you would like to join Kranich (or paste your cover letter)',
  cities: ['San Diego', 'San Francisco', 'San Jose', 'San Mateo', 'Santa Barbara', 'Santa Clara', 'Santa Monica', 'South San Francisco', 'Sacramento', 'Los Angeles', 'Oakland', 'Berlin', 'Munich', 'Hamburg', 'Vienna'],
  years: ['0–2 years', '3–6 years', '7–10 years', 'more than 10 years'],
  degrees: ['No degree', 'Apprenticeship', "Bachelor's (B.Sc. / B.A.)", "Master's (M.Sc. / M.A.)", 'Diplom', 'PhD'],
  notice: ['None', '2 weeks', '1 month', '3 months', 'More than 3 months'],
  sponsorshipOptions: [['yes', 'Yes, I will need a visa'], ['no', 'No, I do not need a visa']],
  pronouns: ['she/her', 'he/him', 'they/them', 'Other / prefer not to say'],
  sources: ['LinkedIn', 'Kranich website', 'StepStone', 'Indeed', 'Referral', 'Event', 'Other'],
  questions: [
    { id: 'q_kafka', kind: 'buttons', label: 'Have you run Kafka in production?', options: ['Yes', 'No'] },
    { id: 'q_german', kind: 'select', label: 'How good is your German?', options: ['None', 'Basic (A1–A2)', 'Intermediate (B1–B2)', 'Fluent (C1–C2)', 'Native'] },
    { id: 'q_travel', kind: 'radio', label: 'Could you spend two weeks in Berlin for onboarding?', options: ['Yes', 'No', 'Let us talk about it'] },
    { id: 'q_ev', kind: 'textarea', label: 'What would you measure first to find out whether a charging site is doing well?' },
  ],
});

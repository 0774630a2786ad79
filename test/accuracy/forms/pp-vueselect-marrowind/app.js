import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Payments Data',
  meta: 'Remote (United States) · Full-time · Reports to the Head of Data',
  blurb: 'Marrowind settles cross-border invoices for 30,000 suppliers. The payments data team owns the ledger warehouse, the reconciliation jobs and the reporting finance relies on.',
  questions: [
    { type: 'pick', id: 'years', key: 'years', label: 'Years working in data engineering', options: ['Less than a year', '1 to 2 years', '3 to 4 years', '5 to 7 years', '8 years or more'] },
    { type: 'pick', id: 'education', key: 'education', label: 'Education', options: ['Secondary / high school', 'College diploma', "Bachelor's or equivalent (4-year)", "Master's", 'Doctorate'] },
    { type: 'radio', id: 'eligibility', key: 'eligibility', label: 'Work eligibility', required: true, options: [
      ['unrestricted', 'I am eligible to work in the U.S. without employer sponsorship'],
      ['sponsor', 'I am eligible to work in the U.S. but will need sponsorship (now or later)'],
      ['none', 'I am not currently eligible to work in the U.S.'],
    ] },
    { type: 'pick', id: 'salary', key: 'salary', label: 'Salary expectation (base, annual)', options: ['US$120k–140k', 'US$140k–160k', 'US$160k–180k', 'CA$160k–190k', 'CA$190k–220k', 'CA$220k+'] },
    { type: 'pick', id: 'start', key: 'start', label: 'When could you start?', options: ['Within 2 weeks', 'Within a month', 'Within 2 months', 'Later than that'] },
    { type: 'pick', id: 'notice', key: 'notice', label: 'Notice period at your current job', options: ['No notice needed', '2 weeks', '3–4 weeks', '1–2 months', 'Over 2 months'] },
    { type: 'radio', id: 'workmode', key: 'workMode', label: 'How do you like to work?', options: ['Fully remote', 'Hybrid', 'Mostly in an office'] },
    { type: 'radio', id: 'relocate', key: 'relocate', label: 'Would you consider relocating to Toronto later on?', options: ['Yes', 'Maybe', 'No'] },
  ],
});

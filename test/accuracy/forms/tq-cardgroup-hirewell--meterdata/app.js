import { renderApplication } from '../tq-cardgroup-hirewell/template.js';

renderApplication({
  company: 'Copperbeck Water',
  title: 'Data Engineer II, Metering Data',
  where: 'Sacramento, CA · Hybrid (2 days on site) · Full-time',
  resumeAccept: '.pdf,.docx',
  resumeHint: 'PDF or DOCX, up to 5 MB.',
  coverAccept: '.pdf,.docx,.txt',
  coverAcceptText: 'a PDF, DOCX or TXT file',
  coverHint: 'Optional. PDF, DOCX or TXT.',
  questions: [
    { id: '8841', type: 'cards', label: 'What is your current work authorization status in the US?', required: true, options: [
      ['citizen', 'Authorized — no sponsorship needed', 'Citizen, permanent resident, or a visa that does not need an employer petition'],
      ['needs', 'Authorized — will need sponsorship', 'e.g. OPT/STEM OPT, H-1B transfer, TN'],
      ['not', 'Not authorized', 'I do not currently hold US work authorization'],
    ] },
    { id: '8842', type: 'select', label: 'Visa sponsorship', required: true, options: [
      ['n', 'I do not require and will not in the future require sponsorship to work in the United States'],
      ['y_now', 'I require sponsorship now (e.g. H-1B transfer, TN, O-1)'],
      ['y_future', 'I do not require sponsorship now but will in the future (e.g. OPT / STEM OPT)'],
    ] },
    { id: '8843', type: 'segmented', label: 'Are you currently employed?', required: true, options: [['y', 'Yes'], ['n', 'No']] },
    { id: '8844', type: 'segmented', label: 'Are you at least 18 years of age?', required: true, options: [['y', 'Yes'], ['n', 'No']] },
    { id: '8845', type: 'stepper', label: 'Total years of work experience', required: true, max: 50, start: 0, unit: 'yrs' },
    { id: '8846', type: 'switch', label: 'I am willing to work on site in Sacramento two days a week', hint: 'Required for this role.' },
    { id: '8847', type: 'cards', label: 'Education', required: true, options: [
      ['hs', 'High school / GED', ''], ['some', 'Some college', 'no degree'], ['aa', 'Associate', '2-year degree'],
      ['ba', 'Bachelor’s', '4-year degree'], ['ma', 'Master’s', ''], ['doc', 'Doctorate', ''],
    ] },
    { id: '8848', type: 'rating', label: 'Rate your experience with SCADA or AMI meter data', scale: ['None', 'Some', 'Working', 'Deep', 'Expert'] },
    { id: '8849', type: 'checks', label: 'Which licenses or certifications do you hold? Select all that apply.', options: [
      ['t2', 'California Water Treatment Operator (T2 or higher)'], ['d2', 'California Water Distribution Operator (D2 or higher)'],
      ['aws', 'AWS Certified Data Engineer'], ['none', 'None of the above'],
    ] },
    { id: '8850', type: 'money', label: 'Salary expectation', suffix: 'per year', placeholder: 'e.g. 110000' },
    { id: '8851', type: 'tags', label: 'Tools you use every week', placeholder: 'Add a tool and press Enter' },
  ],
});

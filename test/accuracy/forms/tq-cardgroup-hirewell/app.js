import { renderApplication } from './template.js';

renderApplication({
  company: 'Fernhollow Energy',
  title: 'Senior Data Engineer, Grid Telemetry',
  where: 'Oakland, CA (hybrid) or remote in the US · Full-time',
  resumeAccept: '.pdf,.doc,.docx',
  resumeHint: 'PDF or Word, up to 10 MB.',
  coverAccept: '.docx',
  coverAcceptText: 'a Word (.docx) document',
  coverHint: 'Optional. Word documents (.docx) only.',
  questions: [
    { id: '5102', type: 'segmented', label: 'Are you legally authorized to work in the United States?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { id: '5103', type: 'switch', label: 'I will now or in the future require employer sponsorship for a work visa', hint: 'Switch on if you will need an H-1B, TN, O-1 or similar.' },
    { id: '5104', type: 'switch', label: 'I am currently employed' },
    { id: '5105', type: 'stepper', label: 'Years of professional experience in data engineering', required: true, max: 40, start: 0, unit: 'years' },
    { id: '5106', type: 'cards', label: 'Highest level of education completed', required: true, options: [
      ['hs', 'High school', 'or equivalent'], ['assoc', 'Associate degree', 'AA, AS'], ['bach', "Bachelor's degree", 'BA, BS, BEng'],
      ['mast', "Master's degree", 'MA, MS, MBA'], ['phd', 'Doctorate', 'PhD, EngD'], ['none', 'Prefer not to say', ''],
    ] },
    { id: '5107', type: 'rating', label: 'How would you rate your experience with time-series databases (InfluxDB, TimescaleDB, Druid)?', scale: ['None', 'Basic', 'Working', 'Strong', 'Expert'] },
    { id: '5108', type: 'tags', label: 'Skills', placeholder: 'Type a skill and press Enter', hint: 'Add up to 15 skills.' },
    { id: '5109', type: 'checks', label: 'Which of the following apply to you? Select all that apply.', options: [
      ['auth', 'I am legally authorized to work in the United States'],
      ['spons', 'I will require visa sponsorship now or in the future'],
      ['employed', 'I am currently employed'],
      ['clearance', 'I hold an active US security clearance'],
      ['relocate', 'I am willing to relocate to the Bay Area'],
    ] },
    { id: '5110', type: 'money', label: 'Desired base salary', suffix: 'per year', placeholder: '120000' },
    { id: '5111', type: 'textarea', label: 'What draws you to grid-scale storage?' },
  ],
});

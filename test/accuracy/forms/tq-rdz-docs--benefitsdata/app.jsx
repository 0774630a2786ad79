import { renderApplication } from '../tq-rdz-docs/template.jsx';

renderApplication({
  company: 'Larkspur Health',
  title: 'Data Engineer, Member Benefits',
  where: 'Denver, CO or remote (US) · Full-time',
  portfolioLabel: 'Website or portfolio',
  resumeRequired: false,
  resumeExts: ['.docx'],
  resumeHint: 'Word (.docx) only — our screening system cannot read PDFs. Optional if you paste your resume.',
  coverExts: ['.pdf', '.docx', '.txt'],
  coverHint: 'Optional · PDF, DOCX or TXT',
  yearsLabel: 'How many years have you worked as a data engineer?',
  yearsMax: 10,
  questions: [
    { id: '427', type: 'cards', required: true, label: 'Which best describes your eligibility to work in the US?', options: [
      ['any', 'I can work for any US employer', 'No sponsorship needed now or later'],
      ['sponsor', 'I need sponsorship', 'Now or in the future (H-1B, TN, E-3, OPT extension)'],
      ['none', 'I am not eligible to work in the US', ''],
    ] },
    { id: '428', type: 'cards', required: true, compact: true, label: 'Are you currently employed?', options: [['y', 'Yes'], ['n', 'No']] },
    { id: '429', type: 'cards', required: true, compact: true, label: 'Are you 18 years of age or older?', options: [['y', 'Yes'], ['n', 'No']] },
    { id: '430', type: 'checks', label: 'Which days could you come to the Denver office? Select all that apply.', options: [
      ['mon', 'Monday'], ['tue', 'Tuesday'], ['wed', 'Wednesday'], ['thu', 'Thursday'], ['fri', 'Friday'], ['none', 'I will work fully remote'],
    ] },
    { id: '431', type: 'cards', label: 'Veteran status (voluntary)', options: [['v', 'I am a protected veteran'], ['nv', 'I am not a protected veteran'], ['d', 'I prefer not to say']] },
  ],
});

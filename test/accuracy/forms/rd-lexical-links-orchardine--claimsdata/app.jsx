import { renderApplication } from '../rd-lexical-links-orchardine/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Claims & Payer Data',
  where: 'Denver, CO or Remote (US) · Full-time',
  blurb: 'Our payer data team turns 837 and 835 files, eligibility feeds and contract terms into the tables finance and care teams close the month on.',
  coverDefault: 'upload',
  resumeAccept: '.pdf,.docx',
  resumeHint: 'PDF or Word (.docx), up to 10 MB',
  coverAccept: '.pdf,.docx,.txt',
  coverHint: 'PDF, Word or plain text (.txt), up to 10 MB',
  otherHint: 'Certificates, transcripts, work samples — PDF only',
  links: ['LinkedIn', 'Portfolio'],
  questions: [
    { id: '3407', type: 'radio', label: 'Are you currently authorized to work in the U.S. for any employer?', options: ['Yes', 'No'], required: true },
    { id: '3408', type: 'radio', label: 'Do you require, or will you require, Orchardine to sponsor a work visa?', options: ['Yes', 'No'], required: true },
    { id: '3409', type: 'text', label: 'Desired annual salary (USD)', hint: 'Numbers only' },
    { id: '3410', type: 'select', label: 'How many years have you spent with X12 EDI files (837/835)?', options: ['None', 'Less than 1', '1–3', '4 or more'] },
    { id: '3411', type: 'textarea', label: 'What would you want to fix first in a month-end claims close?', hint: 'Optional.', max: 1000 },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Member Analytics',
  where: 'Remote (US) · Full-time · $150k–$185k',
  blurb: 'Orchardine runs primary-care clinics for 210,000 members. The member analytics team builds the warehouse and the models behind care gaps, panel sizes and our value-based contracts.',
  coverDefault: 'write',
  resumeAccept: '.pdf,.docx',
  resumeHint: 'PDF or Word (.docx), up to 10 MB',
  coverAccept: '.pdf,.docx',
  coverHint: 'PDF or Word (.docx), up to 10 MB',
  otherHint: 'Certificates, transcripts, work samples — PDF only',
  links: ['LinkedIn', 'GitHub'],
  questions: [
    { id: '2291', type: 'text', inputType: 'number', label: 'How many years have you worked as a data engineer or analytics engineer?', required: true },
    { id: '2292', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: '2293', type: 'radio', label: 'Will you now or in the future require sponsorship for an employment visa?', options: ['Yes', 'No'], required: true },
    { id: '2294', type: 'textarea', label: 'Tell us about a time your data changed a clinical or operational decision.', hint: 'A paragraph or two is plenty.', max: 1500, required: true },
    { id: '2295', type: 'select', label: 'Have you worked with claims or EHR data before?', options: ['Yes, both', 'Claims only', 'EHR only', 'Neither'] },
  ],
});

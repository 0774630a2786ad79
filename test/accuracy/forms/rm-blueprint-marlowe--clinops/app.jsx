import { mountPosting } from '../rm-blueprint-marlowe/template.jsx';

mountPosting({
  title: 'Data Engineer, Clinical Operations',
  team: 'Clinical Development',
  where: 'Remote (US) or South San Francisco, CA',
  req: 'R-2317',
  blurb: [
    'Our Phase II programs run at 60 sites across North America. Enrollment, monitoring and EDC data arrive from a dozen vendors.',
    'You will build the pipelines and data marts that let our clinical operations team see study health every morning.',
  ],
  yearsLabel: 'Total years of work experience',
  linkLabel: 'Portfolio or code samples',
  authLabel: 'Can you work in the U.S. without restrictions?',
  authOptions: [{ label: 'Yes, I can', value: 'yes' }, { label: 'No, I cannot', value: 'no' }],
  sponsorLabel: 'Visa sponsorship',
  sponsorOptions: [
    { label: 'I do not need, and will not need, Marlowe to sponsor a visa', value: 'no' },
    { label: 'I need sponsorship now', value: 'now' },
    { label: 'I will need sponsorship in the future (e.g. when my OPT ends)', value: 'later' },
  ],
  salaryHelp: 'Annual base in USD. The range for this role is $132,000 – $158,000.',
  questions: [
    { id: 'q_5207', kind: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_5208', kind: 'select', label: 'Which EDC systems have you worked with most?', options: ['Medidata Rave', 'Veeva Vault EDC', 'Oracle InForm', 'None of these'] },
    { id: 'q_5209', kind: 'text', label: 'Tell us about a time a data problem delayed a decision. What did you change?' },
  ],
});

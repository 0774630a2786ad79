import { renderApplication } from '../pu-ghboards-parsed/template.jsx';

renderApplication({
  company: 'Fernwick Payments',
  title: 'Analytics Engineer, Ledger Operations',
  meta: 'Remote (United States)',
  blurb: 'Ledger Operations reconciles every payout against the banks we settle with. You will build the models finance closes the month on.',
  questions: [
    { type: 'select', key: 'question_31240011', label: 'Do you have the unrestricted right to work in the US?', required: true, options: ['Yes, I am authorized to work in the US for any employer', 'Yes, but only for my current employer', 'No'] },
    { type: 'select', key: 'question_31240012', label: 'Will you require Fernwick to sponsor an employment visa (now or later)?', required: true, options: ['I will not require sponsorship', 'I will require sponsorship now', 'I will require sponsorship in the future'] },
    { type: 'select', key: 'question_31240013', label: 'Total years of professional experience in data or analytics engineering', options: ['0-2', '3-5', '6-8', '9-12', '13+'] },
    { type: 'text', key: 'question_31240014', label: 'Current employer' },
    { type: 'select', key: 'question_31240015', label: 'Have you closed a month-end in a regulated finance team before?', options: ['Yes', 'No'] },
    { type: 'select', key: 'question_31240016', label: 'Which time zone will you work from?', options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska / Hawaii'] },
    { type: 'textarea', key: 'question_31240017', label: 'Anything else you would like us to know?' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  company: 'Fernwick Payments',
  title: 'Senior Data Engineer, Risk Platform',
  meta: 'San Francisco, CA (Hybrid)',
  blurb: 'Fernwick moves payroll for 40,000 small businesses. The risk platform scores every payout before it leaves the building; you will own the streaming features it reads.',
  questions: [
    { type: 'select', key: 'question_31187004', label: 'Are you legally authorized to work in the United States?', required: true, options: ['Yes', 'No'] },
    { type: 'select', key: 'question_31187005', label: 'Will you now or in the future require visa sponsorship to work in the United States?', required: true, options: ['Yes', 'No'] },
    { type: 'text', key: 'question_31187006', label: 'What is your current or most recent job title?' },
    { type: 'select', key: 'question_31187007', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { type: 'textarea', key: 'question_31187008', label: 'Describe a time you had to backfill a large dataset without downtime.' },
    { type: 'select', key: 'question_31187009', label: 'How did you hear about this job?', options: ['LinkedIn', 'Greenhouse job board', 'Referral', 'Company website', 'Other'] },
  ],
});

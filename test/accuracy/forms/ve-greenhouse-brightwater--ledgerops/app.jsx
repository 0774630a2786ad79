import { renderBoard } from '../ve-greenhouse-brightwater/board.jsx';

renderBoard({
  title: 'Analytics Engineer, Ledger Operations',
  company: 'Brightwater Payments',
  location: 'Remote (United States)',
  intro:
    'Ledger Operations keeps every cent at Brightwater reconciled: settlement files from four card networks, bank statements and our own double-entry ledger. You will own the dbt models finance closes the books on. US-remote; the base salary range is $135,000 – $165,000 depending on location.',
  questions: [
    { id: '4419301', label: 'LinkedIn Profile', kind: 'text', required: true },
    { id: '4419302', label: 'Portfolio or work samples (URL)', kind: 'text' },
    { id: '4419303', label: 'GitHub username or profile URL', kind: 'text' },
    { id: '4419304', label: 'Current employer', kind: 'text' },
    { id: '4419305', label: 'Are you currently authorized to work in the U.S. for any employer?', kind: 'select', required: true, options: ['Yes', 'No'] },
    { id: '4419306', label: 'Do you now, or will you in the future, need Brightwater to sponsor or take over sponsorship of a work visa?', kind: 'select', required: true, options: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'] },
    { id: '4419307', label: 'Years of experience in analytics or data engineering', kind: 'select', required: true, options: ['0-2', '3-5', '6-8', '9+'] },
    { id: '4419308', label: 'What annual base salary range are you targeting?', kind: 'select', required: true, options: ['$100,000 – $124,999', '$125,000 – $149,999', '$150,000 – $174,999', '$175,000 or more'] },
    { id: '4419309', label: 'What is your notice period with your current employer?', kind: 'select', options: ['None, available now', '2 weeks', '1 month', 'More than 1 month'] },
    { id: '4419310', label: 'Which U.S. time zone do you work in?', kind: 'select', required: true, options: ['Eastern', 'Central', 'Mountain', 'Pacific', 'Alaska / Hawaii'] },
    { id: '4419311', label: 'Which of these have you worked with? (select all that apply)', kind: 'multi', options: ['dbt', 'Looker', 'Snowflake', 'NetSuite', 'Modern Treasury', 'Fivetran', 'Python'] },
    { id: '4419312', label: 'Month-end close sometimes means late evenings in the first three business days of the month. Is that workable for you?', kind: 'yesno', required: true },
    { id: '4419313', label: 'How did you hear about us?', kind: 'select', options: ['LinkedIn', 'Brightwater careers site', 'Employee referral', 'Locally Optimistic Slack', 'Other'] },
    { id: '4419314', label: 'Anything else you would like us to know?', kind: 'textarea' },
    { id: '4419315', label: "I have read and acknowledge Brightwater's Candidate Privacy Notice.", kind: 'checkbox', required: true },
  ],
});

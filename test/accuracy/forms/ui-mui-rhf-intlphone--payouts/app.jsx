import { renderPosting } from '../ui-mui-rhf-intlphone/template.jsx';

renderPosting({
  team: 'Payouts',
  title: 'Analytics Engineer, Payouts Reconciliation',
  where: 'Remote (US) or San Francisco, CA · Full-time',
  intro: 'Every evening we reconcile bank statements against millions of payout instructions. You will build the dbt models that make mismatches visible before merchants notice them.',
  yearsLabel: 'Total years of work experience',
  years: ['Fresher', '1–3 years', '4–7 years', '8–10 years', '10+ years'],
  salaryLabel: 'Salary expectation (USD per year)',
  salaryPlaceholder: '',
  questions: [
    { key: 'q_301_notice', kind: 'select', label: 'Notice period', options: ['Immediate', '15 days', '30 days', '60 days', '90 days'] },
    { key: 'q_302_employed', kind: 'select', label: 'Are you currently working?', options: ['Yes', 'No'] },
    { key: 'q_303_tz', kind: 'select', label: 'Which time zone do you work in?', options: ['IST (UTC+5:30)', 'Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)'] },
    { key: 'q_304_recon', kind: 'text', label: 'Describe a reconciliation you automated.' },
  ],
});

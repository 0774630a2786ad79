export const POSTING = {
  title: 'Senior Data Engineer, Grid Forecasting',
  yearsLabel: 'Total years of professional experience',
  salaryLabel: 'Expected base salary',
  authorizedLabel: 'Are you legally authorized to work in the United States?',
  sponsorshipLabel: 'Will you now, or in the future, require sponsorship for employment visa status?',
  questions: [
    { name: 'q_ami', type: 'select', required: true, label: 'Have you worked with smart-meter (AMI) interval data?', options: ['Yes', 'No'] },
    { name: 'q_clearance', type: 'select', required: false, label: 'Do you hold or have you held a NERC CIP access authorization?', options: ['Yes', 'No', 'Not sure'] },
  ],
  sources: ['LinkedIn', 'Indeed', 'Company website', 'Employee referral', 'University career fair', 'Other'],
};

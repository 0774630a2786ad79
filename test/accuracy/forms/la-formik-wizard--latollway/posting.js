export const POSTING = {
  title: 'Data Engineer, Tolling Analytics',
  yearsLabel: 'How many years have you worked in data engineering or analytics engineering?',
  salaryLabel: 'Desired salary',
  authorizedLabel: 'Are you eligible to work in the U.S. without restriction?',
  sponsorshipLabel: 'Do you now or will you later need an employer to sponsor your work visa?',
  questions: [
    { name: 'q_relocate', type: 'select', required: true, label: 'This position is on site in Sacramento. Are you willing to relocate?', options: ['Yes', 'No', 'I already live in the Sacramento area'] },
    { name: 'q_salary_hourly', type: 'select', required: false, label: 'Are you open to a 6-month contract at an hourly rate first?', options: ['Yes', 'No', 'Maybe'] },
    { name: 'q_why', type: 'textarea', required: false, label: 'Why are you interested in transportation data?' },
  ],
  sources: ['LinkedIn', 'CalCareers', 'Company website', 'Referral', 'Other'],
};

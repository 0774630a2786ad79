export const POSTING = {
  company: 'Harrowgate Freight',
  yearsLabel: 'Years of professional data engineering experience',
  years: ['Less than 2', '2-4', '5-7', '8-10', 'More than 10'],
  positionsHint: 'Add the roles you held before your current one, most recent first.',
  authorizedLabel: 'Are you legally authorized to work in the United States? *',
  sponsorshipLabel: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)? *',
  salaryLabel: 'Desired annual base salary',
  portfolioLabel: 'GitHub or portfolio URL',
  questionsTitle: 'A few questions from the team',
  questions: [
    { name: 'q_oakland', type: 'radio', required: true, label: 'This role is hybrid: can you work from our Oakland yard office on Tuesdays and Thursdays?', options: ['Yes', 'No'] },
    { name: 'q_airflow', type: 'select', required: false, label: 'How would you rate your experience with Apache Airflow?', options: ['None', 'Some', 'Production experience', 'Expert'] },
    { name: 'q_pipeline', type: 'textarea', required: false, label: 'Describe a data pipeline you rebuilt and what changed afterwards.' },
  ],
  sources: ['LinkedIn', 'Indeed', 'Harrowgate website', 'Employee referral', 'Meetup or conference', 'Other'],
};

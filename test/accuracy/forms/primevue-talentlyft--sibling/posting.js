/* This posting's job, its custom questions and their wording (the template is shared by the company's postings). */
export const posting = {
  title: 'Data Platform Engineer',
  where: 'Chicago, IL (hybrid) · Full-time',
  locationLabel: 'Current location',
  yearsLabel: 'How many years of professional software or data experience do you have?',
  years: ['Less than 3 years', '3-6 years', '7-10 years', 'More than 10 years'],
  degrees: ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD)'],
  coverLabel: 'Anything else you would like us to know? (cover letter)',
  salaryLabel: 'Desired salary (USD per year)',
  sponsorship: ['I do not require sponsorship', 'I require sponsorship (H-1B or similar)', 'I will require sponsorship later (e.g. OPT/STEM OPT)'],
  extra: [
    { key: 'q_relocate_4471', label: 'Are you willing to work from our Chicago office three days a week?', options: ['Yes', 'No', 'Let\'s discuss'] },
    { key: 'q_stack_4472', label: 'Which streaming technologies have you used in production, and for what?' },
  ],
  fields: ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'location', 'country', 'employer', 'jobTitle', 'years', 'degree', 'linkedin', 'resume', 'coverLetter', 'authorized', 'sponsorship', 'salary', 'startDate', 'q_relocate_4471', 'q_stack_4472', 'source'],
  rules: { authorized: (value) => !!value || 'Please answer this question', sponsorship: (value) => !!value || 'Please answer this question', q_relocate_4471: (value) => !!value || 'Please answer this question' },
};

/* This posting's job, its custom questions and their wording (the template is shared by the company's postings). */
export const posting = {
  title: 'Analytics Engineer',
  where: 'Remote (United States) · Full-time',
  locationLabel: 'Where are you based?',
  yearsLabel: 'Years of experience in analytics or data engineering',
  years: ['0-2 years', '3-5 years', '6-9 years', '10+ years'],
  degrees: ['High school diploma', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate (PhD)'],
  coverLabel: 'Cover letter',
  salaryLabel: 'Expected annual base salary',
  sponsorship: ['No, I do not need sponsorship', 'Yes, I need sponsorship now', 'Yes, I will need sponsorship in the future'],
  extra: [{ key: 'pronouns', label: 'Pronouns (optional)', options: ['He/him', 'She/her', 'They/them', 'Prefer to self-describe', 'Prefer not to say'] }],
  fields: ['firstName', 'lastName', 'email', 'dialCode', 'phone', 'location', 'country', 'employer', 'jobTitle', 'years', 'degree', 'linkedin', 'github', 'resume', 'coverLetter', 'authorized', 'sponsorship', 'salary', 'startDate', 'pronouns', 'source'],
  rules: { authorized: (value) => !!value || 'Please answer this question', sponsorship: (value) => !!value || 'Please answer this question' },
};

/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Retail Data Engineer',
  where: 'Boise, ID or remote in the US · Full Time',
  yearsLabel: 'Years of experience',
  years: ['Under 2 years', '2 to 4 years', '5 to 8 years', '9 years or more'],
  degrees: ['GED / High school', "Associate's", "Bachelor's", "Master's", 'Doctorate'],
  authorizedLabel: 'Are you legally authorized to work in the US?',
  sponsorshipLabel: 'Will you now or in the future require sponsorship?',
  sponsorship: [['Yes', 'yes'], ['No', 'no']],
  salaryLabel: 'Desired salary',
  whyLabel: 'Why do you want to work at Tallgrass?',
};

/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Analytics Engineer, Merchandising',
  where: 'Denver, CO or remote in the US · Full Time · Corporate Office',
  yearsLabel: 'How many years of professional data experience do you have?',
  years: ['0-1', '2-3', '4-6', '7-10', '11+'],
  degrees: ['High school diploma or equivalent', 'Some college, no degree', 'Associate degree', 'Bachelor degree', 'Master degree or higher'],
  authorizedLabel: 'Are you eligible to work in the United States without restriction?',
  sponsorshipLabel: 'Will you require Tallgrass to sponsor a work visa (e.g., H-1B) for this role?',
  sponsorship: [['Yes, now or in the future', 'yes'], ['No, I will not need sponsorship', 'no']],
  salaryLabel: 'What are your base pay expectations?',
  whyLabel: 'Tell us about an outdoor trip you planned from start to finish.',
};

/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Analytics Engineer',
  where: 'Remote (US) · Full-time',
  yearsLabel: 'Years of experience with SQL and BI tools',
  years: ['Less than 2', '2–4', '5–7', '8+'],
  authorizedLabel: 'Are you legally eligible to work in the US?',
  sponsorshipLabel: 'Will you now or in the future need us to sponsor a work visa?',
  sponsorship: ['Yes, now', 'Yes, in the future', 'No, sponsorship is not required'],
  notesLabel: 'Tell us about a dashboard you are proud of',
};

/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Data Engineer II',
  where: 'Oakland, CA · Hybrid · Full-time',
  yearsLabel: 'Years of data engineering experience',
  years: ['0–2', '3–5', '6–8', '9+'],
  authorizedLabel: 'Are you authorized to work in the United States?',
  sponsorshipLabel: 'Do you require visa sponsorship?',
  sponsorship: ['No, I am authorized to work without sponsorship', 'Yes, I require sponsorship now', 'Yes, I will require sponsorship in the future'],
  notesLabel: 'Is there anything else you would like us to know?',
};

/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Staff Data Engineer',
  where: 'Pittsburgh, PA or San Francisco, CA · Hybrid',
  locationLabel: 'Where do you live?',
  yearsLabel: 'Years of experience',
  years: ['1–2 years', '3–4 years', '5–6 years', '7–8 years', '9+ years'],
  authorizedLabel: 'Are you legally authorized to work in the United States?',
  sponsorshipLabel: 'Will you require visa sponsorship?',
  sponsorship: ['Yes', 'No'],
  openQuestion: 'What excites you about Gemline?',
  fields: ['fullName', 'preferredName', 'email', 'dialCode', 'phone', 'location', 'country', 'linkedin', 'website', 'title', 'company', 'years', 'authorized', 'sponsorship', 'salary', 'startMonth', 'coverLetter', 'excites', 'pronouns', 'source', 'gender', 'ethnicity'],
};

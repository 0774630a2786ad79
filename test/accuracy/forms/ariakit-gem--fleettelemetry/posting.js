/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Senior Data Engineer, Fleet Telemetry',
  where: 'Remote (US) or Pittsburgh, PA · Full-time',
  locationLabel: 'Where are you based?',
  yearsLabel: 'Years working on production data systems',
  years: ['Less than 3 years', '3 to 5 years', '6 to 9 years', '10 or more years'],
  authorizedLabel: 'Can you legally work in the US for any employer?',
  sponsorshipLabel: 'Do you need an employer to sponsor your visa, now or later?',
  sponsorship: ['No, I do not need sponsorship', 'Yes, I need sponsorship now', 'Yes, I will need sponsorship in the future'],
  openQuestion: 'Describe a sensor or robot log dataset you have worked with.',
  fields: ['fullName', 'preferredName', 'email', 'dialCode', 'phone', 'location', 'country', 'linkedin', 'website', 'title', 'company', 'years', 'authorized', 'sponsorship', 'salary', 'startMonth', 'coverLetter', 'excites', 'pronouns', 'source', 'gender', 'ethnicity'],
};

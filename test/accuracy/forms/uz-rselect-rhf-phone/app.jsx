import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Halloway Geodata',
  team: 'Data Platform',
  where: 'San Francisco or Remote (US) · HQ London',
  title: 'Senior Data Engineer, Ingestion',
  blurb: [
    'Halloway turns satellite and drone imagery into parcel-level land data for insurers and utilities. Our London team built the first platform; the new US team will own ingestion for North America.',
    'You will design the pipelines that take 40 TB a week of raster tiles and vendor feeds into our lakehouse, and keep them observable and cheap.',
  ],
  phoneCountry: 'GB',
  labels: {
    firstName: 'First name', lastName: 'Last name', phone: 'Phone number', location: 'Which city do you live in?',
    country: 'Country of residence', website: 'Personal website', employer: 'Current or most recent employer',
    jobTitle: 'Current or most recent job title', years: 'Years of professional experience',
    salary: 'Salary expectations', coverLetter: 'Cover letter (optional)',
  },
  phoneHint: 'We will only call you about this application.',
  salaryHint: 'Annual base salary in USD',
  locations: ['Austin, TX', 'Denver, CO', 'London, UK', 'Los Angeles, CA', 'New York, NY', 'Oakland, CA', 'San Diego, CA', 'San Francisco, CA', 'San Jose, CA', 'Seattle, WA', 'South San Francisco, CA'],
  years: ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'],
  sources: ['LinkedIn', 'Company website', 'Built In', 'Hacker News "Who is hiring"', 'Friend or colleague', 'Conference or meetup', 'Other'],
  questions: [
    { id: '88120431', type: 'select', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: '88120432', type: 'cards', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B)?', options: ['Yes, I will require sponsorship', 'No, I will not require sponsorship'], required: true },
    { id: '88120433', type: 'select', label: 'Pronouns (optional)', options: ['he/him/his', 'she/her/hers', 'they/them/theirs', 'I use a different set', "I'd rather not say"] },
    { id: '88120434', type: 'select', label: 'How many years have you worked with geospatial data (rasters, GeoParquet, PostGIS)?', options: ['None', 'Under 1 year', '1–3 years', '4–6 years', '7+ years'] },
    { id: '88120435', type: 'cards', label: 'The team meets in person in San Francisco one week per quarter. Can you travel for that?', options: ['Yes', 'No'] },
    { id: '88120436', type: 'textarea', label: 'Describe a pipeline you made dramatically cheaper to run. What did you change?', required: false },
  ],
});

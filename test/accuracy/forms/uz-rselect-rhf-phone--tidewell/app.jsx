import { renderPosting } from '../uz-rselect-rhf-phone/template.jsx';

renderPosting({
  company: 'Tidewell Health',
  team: 'Clinical Data',
  where: 'Remote (US) · Oakland, CA',
  title: 'Data Engineer II, Claims & Eligibility',
  blurb: [
    'Tidewell coordinates home care for 300,000 Medicare Advantage members. The clinical data team turns claims, eligibility files and visit notes into the datasets our care teams and actuaries use every day.',
    'You will own the ingestion of payer files (834s, 837s and their many cousins) and make them trustworthy, documented and fast.',
  ],
  phoneCountry: 'US',
  labels: {
    firstName: 'Legal first name', lastName: 'Legal last name', phone: 'Mobile phone', location: 'Current location',
    country: 'Country', website: 'Portfolio', employer: 'Current company', jobTitle: 'Current title',
    years: 'How many years of professional data or software engineering experience do you have?',
    salary: 'Desired compensation', coverLetter: 'Cover letter',
  },
  phoneHint: 'Used for interview scheduling texts.',
  salaryHint: 'Base salary, USD per year',
  locations: ['Chicago, IL', 'Dallas, TX', 'Miami, FL', 'Oakland, CA', 'Phoenix, AZ', 'Portland, OR', 'Sacramento, CA', 'San Francisco, CA', 'Seattle, WA'],
  years: ['0-3 years', '4-6 years', '7-9 years', '10-14 years', '15+ years'],
  sources: ['Indeed', 'LinkedIn', 'Tidewell careers page', 'Glassdoor', 'Referral', 'Other'],
  questions: [
    { id: '41007781', type: 'cards', label: 'Are you currently eligible to work in the US for any employer?', options: ['Yes, I am eligible', 'No, I am not eligible'], required: true },
    { id: '41007782', type: 'select', label: 'Do you now, or will you in the future, need Tidewell to file a visa petition on your behalf?', options: ['Yes', 'No'], required: true },
    { id: '41007783', type: 'select', label: 'What are your pronouns?', options: ['She/Her', 'He/Him', 'They/Them', 'Ze/Hir', 'Not listed', 'Prefer not to answer'] },
    { id: '41007784', type: 'text', label: 'What is your earliest start date?', placeholder: 'MM/DD/YYYY' },
    { id: '41007785', type: 'cards', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: '41007786', type: 'cards', label: 'Have you worked with HIPAA-regulated data (PHI) before?', options: ['Yes', 'No'] },
    { id: '41007787', type: 'checkbox', label: 'Also consider me for other open roles at Tidewell' },
    { id: '41007788', type: 'textarea', label: "Tell us about a data model you're proud of and who used it." },
  ],
});

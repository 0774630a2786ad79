import { renderMaplecrest } from '../vl-workday-rhf-maplecrest/form.jsx';

renderMaplecrest({
  title: 'Pharmacy Operations Data Analyst',
  location: 'Bellevue, WA (on-site) · Maplecrest US Inc. · Full time · JR-20733',
  blurb: 'Maplecrest pharmacies fill 2 million prescriptions a year in Washington and Oregon. You will build the inventory and wait-time reporting our pharmacy managers use every day.',
  locationLabel: 'Where do you currently live?',
  yearsLabel: 'Years of Experience',
  buckets: ['Less than 1 year', '1 - 3 years', '3 - 6 years', '6 - 10 years', '10+ years'],
  authLabel: 'Are you legally eligible to work in the United States?',
  authOptions: ['Yes', 'No'],
  sponsorLabel: 'Will you require Maplecrest to sponsor a visa for you to continue working in the United States?',
  sponsorOptions: ['Yes - I will require sponsorship', 'No - I will not require sponsorship'],
  questions: [
    { id: 'q_hipaa', kind: 'listbox', label: 'Have you worked with HIPAA-protected health data?', options: ['Yes', 'No'] },
    { id: 'q_onsite', kind: 'listbox', label: 'This role works on-site at our Bellevue support office five days a week. Are you able to meet this requirement?', options: ['Yes', 'No'] },
    { id: 'q_former', kind: 'listbox', label: 'Have you previously worked for Maplecrest Grocers or any of its banners?', options: ['Yes', 'No'] },
  ],
});

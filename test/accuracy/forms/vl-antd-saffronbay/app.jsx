import { renderSaffron } from './form.jsx';

renderSaffron({
  team: 'Corporate · Data & Guest Technology',
  title: 'Senior Data Engineer, Guest Data Platform',
  location: 'Los Angeles, CA (Saffron Bay Americas office, hybrid) · Full-time',
  blurb: 'Saffron Bay runs 38 hotels and resorts across Asia and, since 2024, in California and Hawaii. The guest data platform joins bookings, stays and loyalty so every property knows its returning guests.',
  yearsLabel: 'Total years of working experience',
  authLabel: 'Are you legally entitled to work in the United States?',
  authOptions: ['Yes, I am entitled to work in the US without restrictions', 'No, I am not entitled to work in the US'],
  sponsorLabel: 'Would you require Saffron Bay to sponsor a work visa for you, now or at any time in future?',
  sponsorOptions: ['Yes, I would require sponsorship', 'No, I would not require sponsorship'],
  questions: [
    { id: 'q_pms', kind: 'radio', label: 'Have you worked with hotel property-management (PMS) or revenue-management systems such as Opera or IDeaS?', options: ['Yes', 'No'] },
    { id: 'q_hawaii', kind: 'select', label: 'Our Hawaii resorts open in 2027. Would you be willing to spend up to two weeks each quarter on-site in Maui during the first year?', options: ['Yes', 'No', 'Possibly — I would like to discuss'] },
    { id: 'q_guest', kind: 'textarea', label: 'What does great guest data look like to you?' },
  ],
});

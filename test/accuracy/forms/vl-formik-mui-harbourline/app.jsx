import { renderHarbourline } from './form.jsx';

renderHarbourline({
  team: 'Technology · Fleet & Network Analytics',
  title: 'Senior Data Engineer, Fleet Analytics',
  location: 'Houston, Texas (Clinton Drive office, hybrid) · Full-time · Harbourline Americas Inc.',
  blurb: 'Harbourline operates 140 container vessels between Rotterdam, the US Gulf and South America. The fleet analytics team turns AIS positions, engine telemetry and bunker invoices into the fuel and emissions reporting our customers and regulators rely on.',
  order: ['about', 'experience', 'eligibility'],
  yearsLabel: 'How many years of professional experience do you have? *',
  buckets: ['Less than 2 years', '2–4 years', '5–7 years', '8–10 years', 'More than 10 years'],
  authLabel: 'Are you legally authorised to work in the United States? *',
  authOptions: ['Yes, I am authorised to work in the US for any employer', 'No, I am not currently authorised to work in the US'],
  sponsorLabel: 'Will you now or in the future require Harbourline to sponsor an employment visa (for example H-1B) for you to work in the US? *',
  sponsorOptions: ['Yes, I will need sponsorship now or in the future', 'No, I will not need sponsorship'],
  questions: [
    { id: 'q_ais', kind: 'radio', label: 'Have you worked with AIS vessel-position data or other maritime telemetry before?', options: ['Yes', 'No'] },
    { id: 'q_onsite', kind: 'radio', label: 'This role is based at our Houston office on Clinton Drive three days a week, with occasional visits to the Barbours Cut terminal. Are you able to work on-site on that schedule, or would you relocate at your own expense before your start date?', options: ['Yes, I live within commuting distance', 'Yes, I would relocate before my start date', 'No, I am looking for a fully remote role'] },
    { id: 'q_emissions', kind: 'text', long: true, label: 'Tell us about a data pipeline you built whose numbers were used for regulatory or financial reporting. How did you make sure they were right?' },
  ],
});

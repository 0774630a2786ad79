import { renderHarbourline } from '../vl-formik-mui-harbourline/form.jsx';

renderHarbourline({
  team: 'Commercial · Chartering Desk',
  title: 'Chartering Data Analyst',
  location: 'Houston, Texas (hybrid) · Full-time · Harbourline Americas Inc.',
  blurb: 'Our chartering desk fixes 600 vessel charters a year across the Americas. You will build the freight-rate and fixture datasets the brokers and the Rotterdam pricing team use every morning.',
  order: ['about', 'eligibility', 'experience'],
  yearsLabel: 'Years of relevant work experience *',
  buckets: ['0–1 year', '1–3 years', '3–6 years', '6–9 years', '9+ years'],
  authLabel: 'Can you, today, accept employment in the United States with any employer? *',
  authOptions: ['Yes — I have unrestricted work authorization', 'No — I would need a visa or permit'],
  sponsorLabel: 'Do you need, or will you need in the future, visa sponsorship to keep working in the US? *',
  sponsorOptions: ['I do not need visa sponsorship', 'I need, or will need, visa sponsorship'],
  questions: [
    { id: 'q_baltic', kind: 'select', label: 'How familiar are you with Baltic Exchange indices and freight-rate data?', options: ['Not familiar', 'Some exposure', 'Use them regularly', 'Expert'] },
    { id: 'q_shifts', kind: 'radio', label: 'During fixture season the desk starts at 6:30 a.m. Central so we overlap with Rotterdam. Can you work that early start two days a week?', options: ['Yes', 'No', 'Let’s discuss'] },
    { id: 'q_fixture', kind: 'text', long: true, label: 'Describe how you would reconcile a charter-party fixture recap against the invoice data when the two disagree.' },
  ],
});

import { mountPosting } from '../ur-orbit-nighttrain/template.jsx';

mountPosting({
  title: 'Data Engineer, Pricing & Revenue',
  team: 'Commercial Analytics',
  location: 'New York, NY (three days in the office)',
  ref: 'NL-2026-129',
  blurb: [
    'A berth sold two months ahead and the same berth sold the night before should not cost the same. Our pricing team sets fares for 2,400 berths a night.',
    'You will own the data that feeds the fare engine: bookings, searches, competitor fares and seat maps, delivered fresh every fifteen minutes.',
  ],
  yearsLabel: 'Professional data experience',
  years: ['0–3 years', '4–6 years', '7–9 years', '10+ years'],
  askGithub: false,
  sponsorLabel: 'Visa sponsorship: which applies to you?',
  sponsorOptions: [
    { value: 'needs', label: 'I will require sponsorship to work in the US' },
    { value: 'none', label: 'I do not require sponsorship' },
  ],
  questions: [
    { id: 'question_6120', kind: 'radio', label: 'Have you built data for a revenue-management or dynamic-pricing system?', options: ['Yes', 'No'] },
    { id: 'question_6121', kind: 'radio', label: 'This team works three days a week in our Manhattan office. Does that work for you?', options: ['Yes', 'No'] },
    { id: 'question_6122', kind: 'radio', label: 'Do you hold a current US driver’s license?', options: ['Yes', 'No'] },
    { id: 'question_6123', kind: 'text', label: 'If you could change one thing about how train tickets are priced, what would it be?' },
  ],
});

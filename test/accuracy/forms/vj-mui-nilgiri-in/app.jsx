import { renderNilgiri } from './form.jsx';

renderNilgiri({
  team: 'Engineering · Data Platform',
  title: 'Senior Data Engineer',
  location: 'Bengaluru, Karnataka (Koramangala office, hybrid) · Full-time',
  blurb: 'Nilgiri Payments processes 30 million UPI transactions a day for merchants across India. The data platform team owns the settlement ledger pipelines, the merchant analytics warehouse and the real-time features behind our fraud models.',
  questions: [
    { id: 'q_relocate', kind: 'radio', label: 'This role is based in Bengaluru. Are you willing to relocate? *', options: ['Yes', 'No', 'Already in Bengaluru'] },
    { id: 'q_spark', kind: 'select', label: 'Hands-on experience with Apache Spark', options: ['None', 'Less than 1 year', '1–3 years', '3–5 years', '5+ years'] },
    { id: 'q_why', kind: 'text', long: true, label: 'Why do you want to join Nilgiri?' },
  ],
});

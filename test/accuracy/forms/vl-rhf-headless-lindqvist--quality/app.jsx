import { renderLindqvist } from '../vl-rhf-headless-lindqvist/form.jsx';

renderLindqvist({
  team: 'Quality & Regulatory · Boston',
  title: 'Quality Data Analyst (CAPA & Complaints)',
  location: 'Boston, MA (on-site three days a week) · Full-time',
  blurb: 'The Quality team investigates every complaint and field event for our cardiac monitors. You will build the CAPA and complaint-trending datasets our post-market surveillance reports rely on.',
  order: ['contact', 'work', 'background'],
  yearsLabel: 'How many years have you worked professionally? *',
  buckets: ['Under 3 years', '3–6 years', '7–10 years', 'Over 10 years'],
  authLabel: 'Do you have the legal right to work in the US without restriction? *',
  authOptions: ['Yes — I can work for any US employer', 'My work authorization is tied to an employer or expires', 'No'],
  sponsorLabel: 'Would you now or later need Lindqvist to file a visa petition on your behalf? *',
  sponsorOptions: ['Yes, now or in the future', 'No, I will never need a petition filed for me'],
  questions: [
    { id: 'q_iso', kind: 'radio', label: 'Have you supported an ISO 13485 or MDSAP audit?', options: ['Yes, as a lead', 'Yes, as a participant', 'No'], stack: true },
    { id: 'q_onsite', kind: 'listbox', label: 'Can you be at our Seaport office Tuesday to Thursday?', options: ['Yes', 'No', 'With some flexibility'] },
    { id: 'q_capa', kind: 'text', long: true, label: 'Walk us through how you would trend complaint data to decide whether a CAPA is needed.' },
  ],
});

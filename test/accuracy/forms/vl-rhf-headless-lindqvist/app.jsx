import { renderLindqvist } from './form.jsx';

renderLindqvist({
  team: 'R&D · Clinical Data Platform · Boston',
  title: 'Senior Data Engineer, Clinical Data Platform',
  location: 'Boston, MA (Seaport, hybrid) or remote within the US · Full-time',
  blurb: 'Lindqvist Medical makes implantable cardiac monitors used in 40 countries. Our clinical data platform ingests device telemetry and trial data under FDA 21 CFR Part 11 and EU MDR, and feeds the analyses our regulatory submissions depend on.',
  order: ['contact', 'background', 'work'],
  yearsLabel: 'Years of professional experience *',
  buckets: ['0–2 years', '3–5 years', '6–9 years', '10+ years'],
  authLabel: 'Are you legally authorized to work in the United States? *',
  authOptions: ['Yes, I am authorized to work in the US for any employer', 'Yes, but only for my current employer (e.g. on H-1B, TN or L-1)', 'No, I am not authorized to work in the US'],
  sponsorLabel: 'Will you now, or in the future, require sponsorship for employment visa status (e.g. H-1B)? *',
  sponsorOptions: ['Yes, I will require sponsorship', 'No, I will not require sponsorship'],
  questions: [
    { id: 'q_gxp', kind: 'radio', label: 'Have you worked in a GxP-regulated environment (e.g. FDA 21 CFR Part 11 or EU Annex 11 validated systems)?', options: ['Yes', 'No'] },
    { id: 'q_travel', kind: 'listbox', label: 'The team meets in Stockholm twice a year for a week. How much international travel can you take on?', options: ['None', 'Up to 2 trips a year', 'Up to 4 trips a year', 'Whatever the role needs'] },
    { id: 'q_story', kind: 'text', long: true, label: 'Our devices generate data that clinicians act on. Tell us about a time you found a data-quality problem before anyone downstream noticed it — what did you see, and what did you change?' },
  ],
});

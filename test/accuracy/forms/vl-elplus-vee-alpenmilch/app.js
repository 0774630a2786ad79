import { renderAlpenmilch } from './form.js';

renderAlpenmilch({
  team: 'Alpenmilch USA · Supply Chain Analytics',
  title: 'Senior Data Engineer, Supply Chain',
  location: 'Green Bay, Wisconsin (hybrid) or remote (US) · Full-time',
  blurb: 'Alpenmilch makes cheese and yoghurt in Switzerland and, since 2019, at our plant in Green Bay. The supply-chain data team tracks every tanker of milk from farm to shelf.',
  yearsLabel: 'Professional experience',
  buckets: ['0–3 years', '4–6 years', '7–10 years', '11+ years'],
  authLabel: 'Are you eligible to work in the United States?',
  authOptions: ['Yes, I am eligible to work in the US for any employer', 'No, I would need a work permit'],
  sponsorLabel: 'Do you now or will you in the future need Alpenmilch to sponsor a visa (e.g. H-1B) for you?',
  sponsorOptions: ['Yes, I need visa sponsorship', 'No, I do not need visa sponsorship'],
  questions: [
    { id: 'q_haccp', kind: 'radio', label: 'Have you worked with food-safety (HACCP / FSMA) or plant-floor (MES, historian) data?', options: ['Yes', 'No'] },
    { id: 'q_german', kind: 'select', label: 'German language skills', options: ['None', 'Basic', 'Intermediate', 'Fluent'] },
    { id: 'q_motivation', kind: 'text', label: 'Why Alpenmilch? Tell us in a few sentences what draws you to food manufacturing.' },
  ],
});

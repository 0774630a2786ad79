import { renderWattle } from '../vj-elplus-wattle-au/form.js';

renderWattle({
  team: 'Networks · Brisbane',
  title: 'Data Engineer, Grid Analytics',
  location: 'Brisbane, QLD (Fortitude Valley) · 12-month fixed term',
  blurb: 'Wattle & Tide supplies renewable electricity and gas to 600,000 homes. The grid analytics team models rooftop-solar export limits and battery dispatch from five-minute interval data.',
  yearsLabel: 'Total years of professional experience',
  ranges: ['Less than 3 years', '3 to 6 years', '7 to 10 years', 'More than 10 years'],
  bands: ['$110,000 – $125,000', '$125,000 – $140,000', '$140,000 – $155,000', '$155,000+'],
  questions: [
    { id: 'q_fixed', kind: 'switch', label: 'This is a 12-month fixed-term contract. Are you happy with that?' },
    { id: 'q_relocate', kind: 'select', required: true, label: 'Are you based in South East Queensland or willing to relocate?', options: ['I am based in SEQ', 'I am willing to relocate', 'No'] },
    { id: 'q_timeseries', kind: 'text', long: true, label: 'Describe your experience with time-series data at scale' },
  ],
});

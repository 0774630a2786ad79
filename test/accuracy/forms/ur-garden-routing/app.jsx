import { mountPosting } from './template.jsx';

mountPosting({
  title: 'Senior Data Engineer, Routing Intelligence',
  meta: 'Engineering · Denver, CO or remote (US) · Posting 2026-DE-14',
  blurb: [
    'Yellowline plans the morning and afternoon routes for 9,000 school buses in 340 districts. When a road closes at 6:40 a.m., our routing engine has twenty minutes to fix every route that crossed it.',
    'You will build the data layer under that engine: GPS traces, ridership scans, road closures and bell times, clean and on time.',
  ],
  yearsLabel: 'Professional experience',
  years: ['Less than 1 year', '1–3 years', '4–6 years', '7–9 years', '10 years or more'],
  sponsorLegend: 'Will you now or in the future require Yellowline to sponsor an employment visa?',
  questions: [
    { id: 'why_routing', kind: 'text', label: 'What draws you to school transportation?' },
  ],
});

import { renderPosting } from './template.jsx';

renderPosting({
  kicker: 'Analytics · Sacramento or Oakland, CA',
  title: 'Senior Data Engineer, Smart Metering',
  intro: 'Verdigris delivers water to 900,000 Californians. Our new smart meters report every hour; you will build the pipelines that turn those reads into leak alerts and fair bills.',
  teams: ['Metering & billing data', 'Leak detection', 'Water quality lab systems', 'Customer analytics'],
  questions: [
    { key: 'utility', kind: 'radio', label: 'Have you worked for a water or wastewater utility?', options: ['Yes', 'No'] },
    { key: 'essay', kind: 'text', label: 'Tell us about a time bad data caused a real-world problem. What did you change?' },
  ],
});

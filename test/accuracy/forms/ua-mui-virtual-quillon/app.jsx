import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Clinical Data Platform',
  team: 'Data & ML',
  where: 'Austin, TX · Remote within the US',
  color: '#5b3cc4',
  intro: 'Quillon runs remote monitoring for 40,000 heart-failure patients. You will build the streaming pipelines that carry device readings to our care teams within minutes.',
  yearsLabel: 'Years of professional experience in data engineering',
  years: ['0–3', '4–6', '7–9', '10+'],
  essay: 'What draws you to healthcare data?',
});

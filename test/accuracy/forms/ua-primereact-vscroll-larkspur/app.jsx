import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Charger Telemetry',
  team: 'Platform Data',
  where: 'Denver, CO · Remote (US) with quarterly on-sites',
  intro: 'Larkspur operates 6,000 fast chargers across the Mountain West. You will own the pipelines that turn charger telemetry into uptime alerts and utility billing.',
  yearsLabel: 'Years of professional experience',
  years: ['Less than 1 year', '1–2 years', '3–4 years', '5–6 years', '7–8 years', '9–10 years', 'More than 10 years'],
  regionsLabel: 'Which regions could you travel to for on-sites?',
  regions: ['Front Range', 'Wasatch', 'Pacific Northwest', 'Desert Southwest'],
  essay: 'What is one data-quality check you would add to a charging network first?',
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Farm Telemetry',
  team: 'Data Platform',
  where: 'Portland, ME · Hybrid or Remote (US)',
  color: '#0e7c66',
  header: '#0b3d35',
  intro: 'Our kelp farms stream sensor data from buoys off the Gulf of Maine. You will own the pipelines that turn it into harvest forecasts for our growers.',
  yearsLabel: 'Years of professional data engineering experience',
  years: ['0–2', '3–5', '6–8', '9+'],
  offices: ['Portland, ME', 'Boston, MA', 'San Francisco, CA', 'Remote (US)'],
  questions: [
    { name: 'q_boat', label: 'Are you comfortable spending a day a quarter on our farm boats?', type: 'radio', options: ['Yes', 'No'] },
    { name: 'q_why', label: 'Why do you want to work on ocean farming?', type: 'text' },
  ],
});

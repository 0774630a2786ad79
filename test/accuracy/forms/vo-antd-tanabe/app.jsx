import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Smart Factory',
  team: 'Manufacturing IT',
  where: 'San Jose, CA (hybrid)',
  intro: [
    'Tanabe Seiki has made precision bearings and linear guides in Osaka since 1951. Our San Jose plant supplies semiconductor-equipment makers across Silicon Valley.',
    'Join the smart-factory team: stream spindle, CMM and MES data into a lakehouse and give our production engineers the dashboards they need to cut scrap.',
  ],
  yearsLabel: 'Years of professional data engineering experience',
  years: ['< 1', '1–3', '3–5', '5–10', '10+'],
  sitesLabel: 'Which of these locations would you work from?',
  sites: ['San Jose, CA (plant)', 'Austin, TX', 'Osaka, Japan', 'Remote'],
  essayLabel: 'Describe a production problem you solved with data.',
  questions: [
    { key: 'mes', label: 'Have you worked with MES or OPC UA data?', options: ['Yes', 'No'] },
    { key: 'japanTravel', label: 'Can you travel to Osaka for 2 weeks of onboarding?', options: ['Yes', 'No', 'Maybe'] },
  ],
});

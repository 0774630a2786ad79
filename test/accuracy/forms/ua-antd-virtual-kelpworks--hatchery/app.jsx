import { renderApplication } from '../ua-antd-virtual-kelpworks/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Hatchery Operations',
  team: 'Hatchery',
  where: 'Seattle, WA · On-site two days a week',
  color: '#1d5fa8',
  header: '#123a66',
  intro: 'Our Puget Sound hatchery seeds every farm we run. You will model spawning, seeding and water-quality data in dbt so the hatchery team can plan each season.',
  yearsLabel: 'How many years have you worked in analytics or data roles?',
  years: ['Less than 2', '2–4', '5–7', '8–10', '10+'],
  offices: ['Seattle, WA', 'Portland, ME', 'Remote (US)'],
  questions: [
    { name: 'q_dbt', label: 'Have you shipped dbt models to production?', type: 'radio', options: ['Yes', 'No'] },
    { name: 'q_wet', label: 'Tell us about a dataset that surprised you.', type: 'text' },
  ],
});

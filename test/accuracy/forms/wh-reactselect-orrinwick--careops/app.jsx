import { renderApplication } from '../wh-reactselect-orrinwick/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Care Operations',
  team: 'Care Operations Analytics',
  where: 'Remote (US) · Pacific or Mountain hours',
  intro: 'Care Operations runs the nurse lines and home visits for 300,000 members. You will model scheduling, staffing and outcome data so our operations leads can plan each week with confidence.',
  yearsLabel: 'Years of experience in analytics or data engineering',
  years: ['Under 2 years', '2–4 years', '5–7 years', '8+ years'],
  skillsLabel: 'Which BI tools do you use today?',
  skills: ['Hex', 'Looker', 'Metabase', 'Mode', 'Power BI', 'Sigma', 'Tableau'],
  questions: [
    { key: 'ehr', label: 'Which EHR systems have you worked with?', options: ['Epic', 'Cerner (Oracle Health)', 'athenahealth', 'eClinicalWorks', 'None'], multi: true },
    { key: 'hours', label: 'Our team overlaps 9am–3pm Pacific. Can you work those hours?', options: ['Yes', 'No'] },
    { key: 'metric', type: 'text', label: 'Which operational metric would you want to get right first, and why?', help: 'Two or three sentences.' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Clinical Analytics Platform',
  team: 'Digital Health',
  where: 'Remote — United States',
  intro: [
    'Calloway Health runs 14 hospitals and 60 community clinics across Ontario and, since 2023, a virtual-care practice serving patients in six US states.',
    'Join the team building our clinical analytics platform: HL7 and FHIR feeds from Epic, bed-flow dashboards, and the data products our nurses use at the start of every shift.',
  ],
  yearsLabel: 'Years of experience building data pipelines',
  years: [['0-2', '0–2'], ['3-6', '3–6'], ['7-10', '7–10'], ['10+', '10+']],
  sitesLabel: 'Which of these locations would you work from?',
  sites: ['Toronto General Campus', 'Mississauga', 'Seattle virtual-care hub', 'Remote (US)', 'Remote (Canada)'],
  questions: [
    { key: 'phi', label: 'Have you worked with patient health information (PHI/PHIPA/HIPAA) before?', options: ['Yes', 'No'], required: true },
    { key: 'oncall', label: 'This role joins an on-call rotation one week in six. Are you able to participate?', options: ['Yes', 'No', 'I would like to discuss'] },
  ],
});

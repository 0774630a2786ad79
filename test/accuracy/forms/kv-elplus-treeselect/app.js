import { mountApplication } from './template.js';

mountApplication({
  title: 'Senior Data Engineer, Shipment Visibility',
  team: 'Data & Platform',
  where: 'Oakland, CA or remote (US)',
  intro: 'We track 60,000 containers a day from port to warehouse. Own the streaming pipelines that turn carrier events and GPS pings into the ETAs our shippers plan around.',
  yearsLabel: 'Total years of work experience in data engineering',
  questions: [
    { key: 'q_employed', type: 'switch', label: 'Are you currently employed?' },
    { key: 'q_edi', type: 'radio', label: 'Have you worked with EDI 214 / 315 shipment status messages?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_noncompete', type: 'switch', label: 'Are you bound by a non-compete agreement?' },
  ],
});

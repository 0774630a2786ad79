import { renderApplication } from '../ua-primereact-vscroll-larkspur/template.jsx';

renderApplication({
  title: 'Data Engineer, Field Operations',
  team: 'Field Ops Analytics',
  where: 'Salt Lake City, UT · Hybrid',
  intro: 'Our field technicians keep chargers running in blizzards and heat waves. You will build the work-order and parts pipelines they plan their days with.',
  yearsLabel: 'How many years have you worked as a data or analytics engineer?',
  years: ['0–2', '3–5', '6–8', '9–12', '13+'],
  regionsLabel: 'Which shifts could you cover during storm response?',
  regions: ['Weekday evenings', 'Weekends', 'Holidays'],
  essay: 'Tell us about a time you worked closely with field or operations staff.',
});

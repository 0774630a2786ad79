import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Visualization Designer',
  team: 'Cartography',
  where: 'Brooklyn, NY',
  intro:
    'Corbel Atlas draws the maps newsrooms and city agencies publish. Design the charts, legends and interactive maps that make census, transit and climate data readable at a glance.',
  coverLetter: 'file',
  portfolio: true,
  photo: false,
  parseDelay: 1200,
  yearsLabel: 'Years of professional experience',
  years: ['0–2', '3–5', '6–8', '9+'],
  relocateLabel: 'I can work from our Brooklyn studio three days a week',
  essayLabel: 'Which published map or chart do you wish you had made, and why?',
});

import { mountApplication } from './template.js';

mountApplication({
  title: 'Senior Data Engineer, Supply Chain Analytics',
  team: 'Digital & Data',
  where: 'Minneapolis, MN (hybrid)',
  intro:
    'Brinewater makes pickles, krauts and shrubs for 9,000 grocery stores. Help our planners see demand, shelf life and freight in one place, from the brine tanks to the store shelf.',
  coverLetter: 'file',
  portfolio: false,
  yearsLabel: 'Years of data engineering experience',
  years: ['0–2', '3–5', '6–9', '10+'],
  relocateLabel: 'Open to relocating to the Minneapolis area?',
  essayLabel: 'What is one data problem in food manufacturing you would like to solve?',
  questions: [{ key: 'sap', type: 'yesno', label: 'Have you worked with SAP S/4HANA data?' }],
});

import { mount } from './careers.jsx';

mount({
  linkLabel: 'GitHub (optional)',
  yearsLabel: 'Years of experience in data engineering',
  years: ['Under 3 years', '3–5 years', '6–8 years', '9 years or more'],
  authLabel: 'Do you have the right to work in the United States?',
  sponsorLabel: 'Will you now, or in the future, need Thistle & Rowan to sponsor a US work visa?',
  relocateLabel: "I'd consider relocating to Houston",
  questions: [
    { key: 'q_hybrid', type: 'radio', label: 'This role is hybrid, Tuesday to Thursday in our Houston (Energy Corridor) office. Is that workable for you?', options: ['Yes', 'No', "I'd need to relocate first"] },
    { key: 'q_osdu', type: 'radio', label: 'Have you worked with OSDU or seismic (SEG-Y) data?', options: ['Yes', 'No'] },
    { key: 'q_bosiet', type: 'checkbox', label: 'I hold a current BOSIET / HUET offshore survival certificate' },
  ],
});

import { renderApplication } from './template.js';

renderApplication({
  title: 'Clinical Data Engineer',
  department: 'Information Services',
  req: 'R-24117',
  where: 'San Francisco, CA · Hybrid (2 days on site)',
  blurb: [
    'Saltmarsh Health runs four hospitals and 30 clinics around the Bay. The clinical data team feeds our Epic Clarity and Caboodle extracts into the analytics platform that quality, research and finance work from.',
    'This is a full-time, salaried, exempt position.',
  ],
  yearsLabel: 'Years of experience building data pipelines',
  years: ['0–2 years', '3–6 years', '7–10 years', '11+ years'],
  degrees: ['High school diploma / GED', 'Associate degree', 'Bachelor degree', 'Master degree', 'Doctorate (MD, PhD, DNP)'],
  questionsHeading: 'Job-related questions',
  questions: [
    { key: 'q_eligible', type: 'radio', label: 'Are you eligible to work in the United States?', options: ['Yes', 'No'] },
    {
      key: 'q_sponsorship',
      type: 'radio',
      label: 'Will you now or in the future require Saltmarsh Health to sponsor an employment visa?',
      options: ['Yes, now or in the future', 'No, I will not require sponsorship'],
    },
    { key: 'q_epic', type: 'select', label: 'Do you hold an Epic Clarity or Caboodle certification?', options: ['Clarity', 'Caboodle', 'Both', 'Neither'] },
    { key: 'q_hipaa', type: 'buttons', label: 'Have you worked with protected health information (PHI) under HIPAA?', options: ['Yes', 'No'] },
    { key: 'q_onsite', type: 'slider', label: 'How many days a week would you like to be on site?', min: 0, max: 5, step: 1, initial: 2, marks: { 0: '0', 2: '2', 5: '5' } },
    { key: 'q_former', type: 'radio', label: 'Have you worked for Saltmarsh Health before?', options: ['Yes', 'No'] },
  ],
  payLabel: 'Desired pay',
});

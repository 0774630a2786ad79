import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Learning Analytics',
  meta: 'Boston, MA or Remote (US) · Full-time',
  blurb: 'Teachers in 900 districts open Oakhaven every morning. Build the pipelines that turn classroom activity into the progress reports they trust.',
  questions: [
    { type: 'buttons', key: 'q_pipelines', label: 'Experience designing batch and streaming data pipelines', options: ['Under 2 years', '2–4 years', '5–7 years', '8–10 years', 'Over 10 years'] },
    { type: 'radio', key: 'q_ferpa', label: 'Have you worked with student data under FERPA or COPPA?', options: ['Yes', 'No', 'Not sure'] },
    { type: 'textarea', key: 'q_teacher', label: 'What would you want a teacher to understand about how their dashboard is built?' },
  ],
});

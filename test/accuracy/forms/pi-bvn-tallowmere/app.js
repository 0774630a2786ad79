import { mountApplication } from './template.js';

mountApplication({
  title: 'Senior Data Engineer, Clinical Analytics Platform',
  department: 'Data & Analytics',
  location: 'San Francisco, CA (hybrid)',
  req: 'R-24718',
  blurb: 'Build the pipelines that bring EHR, claims and scheduling data into one warehouse our clinicians can trust.',
  yearBuckets: ['Under 2', '2–4', '5–7', '8–11', '12 or more'],
  questions: [
    { key: 'q_51207', type: 'radio', label: 'Have you worked with HL7 or FHIR data feeds?', options: ['Yes, in production', 'Only in training or side projects', 'No'] },
    { key: 'q_51208', type: 'select', label: 'Do you hold an active Epic certification (Clarity, Caboodle or Cogito)?', options: ['Yes', 'No', 'In progress'] },
  ],
});

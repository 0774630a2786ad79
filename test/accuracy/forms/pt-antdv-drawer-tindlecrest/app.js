import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Yield Risk',
  meta: 'Des Moines, IA or remote in the US · Full-time · Risk Analytics',
  about: [
    'Tindlecrest insures 41,000 farms across the Corn Belt. The Yield Risk team prices policies from satellite imagery, weather station feeds and twenty years of claims.',
    'You will own the pipelines that land those feeds in our warehouse every night and the models that turn them into county-level risk scores the actuaries sign off on.',
  ],
  questions: [
    { type: 'buttons', key: 'q_employed', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { type: 'radio', key: 'q_weather', label: 'Have you worked with weather or satellite data before?', options: ['Yes, in production', 'Yes, in side projects', 'No'] },
    { type: 'select', key: 'q_travel', label: 'This role travels to Des Moines about twice a quarter. Is that workable?', options: ['Yes', 'Maybe — let’s talk', 'No'] },
    { type: 'textarea', key: 'q_pipeline', label: 'Tell us about a pipeline you rebuilt and what changed afterwards.' },
  ],
});

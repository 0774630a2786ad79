/* Tapply quick apply: Data Engineer at Quaymark Payments (hybrid, Oakland). */
import { renderQuickApply } from './template.js';

renderQuickApply({
  company: 'Quaymark Payments',
  title: 'Data Engineer II',
  country: 'the US',
  tags: ['Oakland, CA · Hybrid', 'Full-time', '$140k–$175k', 'Easy apply'],
  blurb: 'Own the batch and streaming pipelines behind merchant payouts. dbt, Spark, Airflow; on-call one week in eight.',
  questions: [
    { type: 'chips', id: 'qa-workmode', name: 'answers.workMode', label: 'Which setups work for you? (pick any)', options: ['Remote', 'Hybrid (2 days in office)', 'On-site'], multi: true },
    { type: 'switch', id: 'qa-relocate', name: 'answers.relocate', label: 'Open to relocating to the Bay Area?', hint: 'We offer a relocation stipend.' },
    { type: 'chips', id: 'qa-oncall', name: 'answers.onCall', label: 'Are you OK joining the on-call rotation (one week in eight)?', options: ['Yes', 'No', 'Let’s discuss'] },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Sales & Royalties',
  where: 'New York, NY or remote (US) · Full-time',
  sampleLabel: 'Writing sample',
  sampleHint: 'Optional. A design doc, blog post or README you wrote — up to 5 pages.',
  certifications: true,
  questions: [
    { id: '7031', type: 'select', label: 'Years of experience building data pipelines', options: ['Less than 2 years', '2–4 years', '5–8 years', '9 years or more'], required: true },
    { id: '7032', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: '7033', type: 'radio', label: 'Will you now or in the future require visa sponsorship to work for us?', options: ['Yes', 'No'], required: true },
    { id: '7034', type: 'text', label: 'Desired annual base salary (USD)', placeholder: 'e.g. 120000' },
    { id: '7035', type: 'text', inputType: 'date', label: 'Earliest start date' },
    { id: '7036', type: 'textarea', label: 'Tell us about a book that changed how you work.', hint: 'Optional — a few sentences is plenty.' },
  ],
});

import { renderApplication } from '../ashby/application.jsx';

renderApplication({
  title: 'Senior Frontend Engineer',
  company: 'Lumenwave',
  questions: [
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e911', label: 'Phone', kind: 'text', type: 'tel', required: true },
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e912', label: 'GitHub', kind: 'text' },
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e913', label: 'What are your salary expectations? (USD)', kind: 'text' },
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e914', label: 'Earliest start date', kind: 'date' },
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e915', label: 'Are you authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '9a1e3b7c-2f4d-4c8a-b6e5-d3c2a1f0e916', label: 'Link to a frontend project you are proud of', kind: 'text' },
  ],
});

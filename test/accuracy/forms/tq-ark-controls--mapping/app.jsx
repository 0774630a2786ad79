import { renderApplication } from '../tq-ark-controls/template.jsx';

renderApplication({
  title: 'Data Engineer, HD Mapping',
  yearsLabel: 'Total years of experience',
  salaryLabel: 'What are your salary expectations?',
  questions: [
    { id: '203', section: 'eligibility', type: 'switch', label: 'I am legally authorized to work in the US' },
    { id: '204', section: 'eligibility', type: 'toggle', required: true, label: 'Do you now or will you in the future need Quillfen to sponsor an employment visa?', options: [['y', 'Yes'], ['n', 'No']] },
    { id: '205', section: 'eligibility', type: 'toggle', required: true, label: 'Are you currently employed?', options: [['y', 'Yes'], ['n', 'No']] },
    { id: '206', section: 'eligibility', type: 'switch', label: 'Text me about interview scheduling' },
    { id: '207', type: 'segment', required: true, label: 'Highest degree', options: ['High school', 'Associate', 'Bachelor’s', 'Master’s', 'PhD'] },
    { id: '208', type: 'segment', required: true, label: 'Experience level', options: ['0–2 years', '3–4 years', '5–7 years', '8+ years'] },
    { id: '209', type: 'rating', label: 'Rate your experience with geospatial data (PostGIS, H3, S2)', hint: '1 = none, 5 = expert' },
    { id: '210', type: 'checks', label: 'When could you be on site? Select all that apply.', options: [['mon', 'Mondays'], ['wed', 'Wednesdays'], ['fri', 'Fridays']] },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Field Trials',
  where: 'Davis, CA · Hybrid (2 days in office) · Full-time',
  questions: [
    { key: 'q_crops', type: 'checkboxes', label: 'Which crops have you handled data for? Select all that apply.', options: [['almonds', 'Almonds'], ['tomatoes', 'Processing tomatoes'], ['rice', 'Rice'], ['grapes', 'Wine grapes'], ['none', 'None yet']] },
    { key: 'q_travel', type: 'radio', label: 'Trials run in the Central Valley from May to September. Can you travel to a field site twice a month?', options: [['yes', 'Yes'], ['sometimes', 'Some months'], ['no', 'No']] },
    { key: 'q_employed', type: 'radio', label: 'Do you have a job at the moment?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_geo', type: 'textarea', label: 'Which geospatial tools have you used, and for what?', description: 'Optional' },
  ],
});

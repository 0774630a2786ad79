import { renderApplication } from '../qc-atlaskit-wrenfield/template.jsx';

renderApplication({
  title: 'Data Engineer, Routing',
  team: 'Navigation',
  where: 'Remote in the US',
  blurb: 'Routing turns live traffic and historical speeds into the ETAs our customers promise their drivers. You will build the speed-profile pipelines and the evaluation sets behind every routing release.',
  questions: [
    { key: 'q_2301', type: 'select', label: 'Work authorization status', options: ['US citizen or permanent resident', 'Authorized to work with a visa or EAD', 'Not authorized to work in the US'] },
    { key: 'q_2302', type: 'radio', label: 'Are you authorized to work in the United States for any employer?', options: ['Yes', 'No'] },
    { key: 'q_2303', type: 'radio', label: 'Will you need Wrenfield to sponsor a visa for you?', options: ['Yes', 'No'] },
    { key: 'q_2304', type: 'select', label: 'Years of experience', options: ['0-2', '3-4', '5-6', '7-8', '9+'] },
    { key: 'q_2305', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q_2306', type: 'text', label: 'Which routing engines have you used (OSRM, Valhalla, GraphHopper…)?' },
  ],
});

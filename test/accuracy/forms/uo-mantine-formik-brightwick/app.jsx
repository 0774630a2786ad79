import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Routing Graph',
  where: 'San Francisco · Hybrid · Permanent, full-time',
  questions: [
    { key: 'q_rtw', type: 'radio', label: 'Do you have the right to work in the US?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_visa', type: 'radio', label: 'Would you need us to sponsor a visa for this role, now or later?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_notice', type: 'select', label: 'Notice period', description: 'How much notice do you owe your current employer?', options: [['none', 'None, I can start right away'], ['2w', 'Two weeks'], ['1m', 'One month'], ['2m+', 'Two months or more']] },
    { key: 'q_osm', type: 'segmented', label: 'Have you contributed to OpenStreetMap?', options: [['unset', 'Not saying'], ['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_graph', type: 'textarea', label: 'What is the largest graph you have had to keep fresh, and how?', description: 'Optional, a few sentences.' },
  ],
});

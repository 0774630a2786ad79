import { mountCareers } from './template.js';

mountCareers({
  team: 'Grid Modernization',
  title: 'Senior Data Engineer, Outage Analytics',
  meta: 'Oakland, CA · Hybrid · Full-time · Req 26-0418',
  description: [
    'When a feeder trips, 40,000 customers want to know when the lights come back. Outage Analytics turns smart-meter pings and crew updates into the restoration times we publish.',
    'You will own the streaming pipelines from our meter head-end into the warehouse, and the data contracts the control room relies on.',
  ],
  authorizedLabel: 'Are you legally authorized to work in the United States?',
  questions: [
    { type: 'select', key: 'q_years', label: 'Years of professional experience', options: ['0–1', '2–3', '4–6', '7–9', '10+'] },
    { type: 'select', key: 'q_degree', label: 'Highest degree earned', options: ['High school / GED', 'Associate', 'Bachelor', 'Master', 'Doctorate'] },
    { type: 'radio', key: 'q_storm', label: 'During major storms, analysts may be asked to support the emergency operations center, including evenings. Are you able to?', options: ['Yes', 'No'] },
    { type: 'text', key: 'q_scada', label: 'Which SCADA or OMS products have you worked with?' },
  ],
});

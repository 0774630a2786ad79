import { renderPosting } from './template.jsx';

renderPosting({
  title: 'Senior Data Engineer — Live Match Data',
  office: 'San Francisco office (hybrid)',
  team: 'Live Data Engineering',
  intro: 'Our feeds put ball-by-ball data in front of broadcasters within 400 ms. The US team is opening a San Francisco hub to build the next version of the event pipeline.',
  yearsLabel: 'Years of experience in data engineering',
  years: ['Less than 1 year', '1–3 years', '4–6 years', '7–10 years', 'More than 10 years'],
  teams: [
    { label: 'Engineering', options: [{ value: 'platform', label: 'Data Platform' }, { value: 'ml', label: 'Machine Learning' }] },
    { label: 'Product', options: [{ value: 'pm', label: 'Product Management' }, { value: 'design', label: 'Product Design' }] },
  ],
  questions: [
    { key: 'q_310_sports', kind: 'select', label: 'Which sports do you follow closely?', options: ['Football (soccer)', 'Basketball', 'Cricket', 'Tennis', 'American football', 'None in particular'] },
    { key: 'q_311_latency', kind: 'select', label: 'Have you worked on a system with a sub-second latency target?', options: ['Yes', 'No'] },
    { key: 'q_312_why', kind: 'text', label: 'Why Harlow & Pike?' },
  ],
});

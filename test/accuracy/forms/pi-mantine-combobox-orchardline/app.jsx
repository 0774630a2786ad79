import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Engineer, Field Robotics',
  team: 'Autonomy Data',
  where: 'San Francisco, CA or Fresno, CA',
  yearBuckets: ['0–2 years', '3–5 years', '6–8 years', '9+ years'],
  questions: [
    { key: 'q_2281', type: 'pick', label: 'Are you comfortable spending up to two weeks a year at our test orchards in the Central Valley?', options: ['Yes', 'No', 'Let’s talk about it'] },
    { key: 'q_2282', type: 'text', label: 'What is the messiest sensor data you have had to clean up?' },
  ],
});

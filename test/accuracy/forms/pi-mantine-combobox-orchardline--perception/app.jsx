import { renderApplication } from '../pi-mantine-combobox-orchardline/template.jsx';

renderApplication({
  title: 'Senior Engineer, Perception Data Platform',
  team: 'Perception',
  where: 'Remote (US) or San Francisco, CA',
  yearBuckets: ['Under 3 years', '3–6 years', '7–10 years', '11+ years'],
  questions: [
    { key: 'q_3114', type: 'pick', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q_3115', type: 'pick', label: 'Which time zone do you work in?', options: ['Pacific Time (PT)', 'Mountain Time (MT)', 'Central Time (CT)', 'Eastern Time (ET)', 'Outside North America'] },
    { key: 'q_3116', type: 'pick', label: 'Have you trained perception models on lidar or stereo camera data?', options: ['Yes, in production', 'Yes, in research', 'No'] },
    { key: 'q_3117', type: 'text', label: 'Link to a project you are proud of (optional)' },
  ],
});

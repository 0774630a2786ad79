import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Network Planning',
  meta: 'San Francisco, CA (hybrid, 2 days in the office) · Full-time',
  blurb: 'Wrenfield runs 340 trucks and two rail ramps between the Bay Area and the Inland Empire. Network Planning decides which loads go where; you will own the lane-level data those decisions rest on.',
  authorizedLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you now or in the future require Wrenfield to sponsor an employment visa?',
  yearsLabel: 'Years of professional experience in data engineering or a related field',
  loadMs: 1000,
  questions: [
    { type: 'select', key: 'q_degree', label: 'Highest completed education', options: ['High school diploma or GED', "Associate's degree", "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { type: 'radio', key: 'q_hybrid', label: 'This role expects you in our Brisbane, CA office on Tuesdays and Thursdays. Can you commit to that?', options: ['Yes', 'No', 'I would like to discuss'] },
    { type: 'textarea', key: 'q_lanes', label: 'Describe a data model you designed that other teams relied on. What would you change today?' },
  ],
});

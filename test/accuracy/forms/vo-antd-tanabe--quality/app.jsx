import { renderApplication } from '../vo-antd-tanabe/template.jsx';

renderApplication({
  title: 'Quality Data Analyst',
  team: 'Quality Assurance',
  where: 'Austin, TX (on site)',
  intro: [
    'Tanabe Seiki has made precision bearings and linear guides in Osaka since 1951. Our Austin facility assembles linear-motion systems for EV battery lines.',
    'As quality data analyst you will own SPC charts, inspection data and supplier quality metrics, and help the plant reach a 50 ppm defect rate.',
  ],
  yearsLabel: 'Years of experience in data or quality analytics',
  years: ['1-2 years', '3-5 years', '6-10 years', '11+ years'],
  sitesLabel: 'Which shifts can you work?',
  sites: ['Day shift', 'Swing shift', 'Night shift', 'Weekend'],
  essayLabel: 'Tell us about an SPC chart that changed a decision.',
  questions: [
    { key: 'sixSigma', label: 'Six Sigma belt', options: ['None', 'Yellow', 'Green', 'Black'] },
    { key: 'tools', label: 'Which quality tools have you used?', options: ['Minitab', 'JMP', 'QDA', 'InfinityQS', 'Excel'], type: 'checkbox' },
    { key: 'forklift', label: 'Are you comfortable working on the shop floor in PPE?', options: ['Yes', 'No'] },
  ],
});

import { mountPosting } from './template.js';

mountPosting({
  company: 'Tessellate Robotics',
  yearsLabel: 'Years of experience as a data engineer',
  years: ['0–2', '3–5', '6–9', '10+'],
  salaryLabel: 'Salary expectation',
  authorizedLabel: 'Are you authorized to work in the United States?',
  sponsorshipLabel: 'Will you now or in the future require visa sponsorship?',
  questions: [
    { id: 'q_ros', kind: 'radio', required: true, label: 'Have you worked with robot telemetry (ROS bags, MCAP)?', options: ['Yes', 'No'] },
    { id: 'q_onsite', kind: 'select', required: false, label: 'How many days a week could you be in our Emeryville lab?', options: ['0', '1', '2', '3', '4', '5'] },
  ],
  sources: ['LinkedIn', 'Hacker News', 'Company website', 'Referral', 'Other'],
});

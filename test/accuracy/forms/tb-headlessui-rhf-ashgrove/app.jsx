import { mount } from './careers.jsx';

mount({
  title: 'Senior Data Engineer, Grid Analytics',
  websiteLabel: 'Personal website',
  yearsLabel: 'Years of professional experience',
  years: ['0–2 years', '3–6 years', '7–10 years', '11+ years'],
  authLabel: 'Are you authorized to work in the U.S.?',
  sponsorLabel: 'Will you require employment visa sponsorship?',
  relocateLabel: 'I would relocate to the Denver area for this role',
  salaryLabel: 'Salary expectation (annual)',
  questions: [
    { key: 'q_grid_scada', type: 'choice', label: 'Have you worked with SCADA, AMI or other utility telemetry?', options: ['Yes', 'No'] },
    { key: 'q_grid_onsite', type: 'select', label: 'We meet in Denver one week per quarter. Can you travel for that?', options: ['Yes', 'Sometimes', 'No'] },
    { key: 'q_grid_story', type: 'text', label: 'Tell us about a data pipeline you are proud of.' },
  ],
});

import { mount } from '../px-fluent8-corbelstone/template.jsx';

mount({
  job: 'Analytics Engineer, Customer Metering',
  yearsLabel: 'Years of professional experience building data pipelines',
  toggleLabel: 'Can you join the after-hours on-call rotation (about one week in six)?',
  questions: [
    {
      id: 'q_7741_region',
      type: 'dropdown',
      label: 'Which region do you live in today?',
      options: ['Sacramento Valley', 'Central Valley', 'Sierra foothills', 'San Francisco Bay Area', 'Elsewhere in California', 'Outside California'],
    },
    {
      id: 'q_7742_working',
      type: 'choice',
      label: 'Are you working at the moment?',
      options: ['No', 'Yes'],
    },
    {
      id: 'q_7743_pay',
      type: 'dropdown',
      label: 'Which base salary range matches what you are looking for?',
      options: ['Under $110,000', '$110,000 – $129,999', '$130,000 – $149,999', '$150,000 – $169,999', '$170,000 or more'],
    },
    {
      id: 'q_7744_github',
      type: 'short',
      label: 'Link to your GitHub (or other public code)',
    },
    {
      id: 'q_7745_prior',
      type: 'choice',
      label: 'Have you worked for Corbelstone before, as an employee or a contractor?',
      options: ['Yes, as an employee', 'Yes, as a contractor', 'No'],
    },
    {
      id: 'q_7746_ami',
      type: 'long',
      label: 'Tell us about a time you reconciled meter reads (AMI/AMR) with billing data. What went wrong?',
    },
  ],
});

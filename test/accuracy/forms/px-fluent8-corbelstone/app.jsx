import { mount } from './template.jsx';

mount({
  job: 'Senior Data Engineer, Grid Analytics',
  yearsLabel: 'Years of professional data engineering experience',
  toggleLabel: 'Are you open to relocating to Sacramento, CA?',
  questions: [
    {
      id: 'q_adf',
      type: 'choice',
      label: 'Have you built production pipelines with Azure Data Factory?',
      options: ['Yes', 'No'],
    },
    {
      id: 'q_onsite',
      type: 'choice',
      label: 'This role is hybrid, three days a week in our Sacramento office. Can you meet this requirement?',
      options: ['Yes', 'No'],
    },
    {
      id: 'q_source',
      type: 'dropdown',
      label: 'How did you hear about this position?',
      options: ['Corbelstone careers site', 'LinkedIn', 'Indeed', 'Employee referral', 'University or career fair', 'Other'],
    },
  ],
});

import { renderApplication } from './application.jsx';

renderApplication({
  title: 'Senior Data Engineer, Emissions Platform',
  company: 'Tallowmere',
  phonePlaceholder: '+1 201-555-0123',
  questions: [
    { id: 1184201, kind: 'text', label: 'LinkedIn profile', required: true, placeholder: 'linkedin.com/in/' },
    { id: 1184202, kind: 'text', label: 'Where are you based?', required: true, placeholder: 'City, State' },
    { id: 1184203, kind: 'text', label: 'Current company' },
    { id: 1184204, kind: 'text', label: 'Current job title' },
    {
      id: 1184205, kind: 'single_choice', required: true,
      label: "We're remote-first, but we can only employ people in US states where we have a payroll entity, and we use E-Verify. Are you legally authorized to work in the United States?",
      options: ['Yes', 'No'],
    },
    {
      id: 1184206, kind: 'dropdown', required: true,
      label: 'Will you now or in the future require Tallowmere to sponsor a visa?',
      options: ['Yes', 'No'],
    },
    {
      id: 1184207, kind: 'dropdown',
      label: 'How many years have you worked as a data engineer?',
      options: ['Less than 3 years', '3-5 years', '6-8 years', '9+ years'],
    },
    { id: 1184208, kind: 'number', label: 'What are your base salary expectations?', hint: 'Gross per year, in USD.' },
    { id: 1184209, kind: 'date', label: 'When could you start?' },
    {
      id: 1184210, kind: 'dropdown', label: 'Pronouns (optional)',
      options: ['He/him', 'She/her', 'They/them', 'Prefer to self-describe', 'Prefer not to say'],
    },
    { id: 1184211, kind: 'paragraph', label: "What's one climate dataset you wish existed, and what would you build with it?", required: true },
    {
      id: 1184212, kind: 'dropdown', label: 'How did you hear about this job?',
      options: ['LinkedIn', 'Climatebase', 'Work on Climate Slack', 'Referral', 'Other'],
    },
  ],
});

import { renderApply } from './apply.jsx';

renderApply({
  company: 'Marrowfield Health Partners',
  job: 'Senior Data Engineer - Enterprise Analytics',
  steps: {
    education: ['High School Diploma/GED', 'Associate Degree', "Bachelor's Degree", "Master's Degree", 'Doctorate', 'Professional Degree (MD, JD, PharmD)'],
    questions: [
      { name: 'rcf3121', kind: 'radios', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
      { name: 'rcf3122', kind: 'radios', label: 'Will you now, or in the future, require sponsorship for employment visa status (e.g., H-1B)?', options: ['Yes', 'No'], required: true },
      { name: 'rcf3125', kind: 'select', label: 'How many years of experience do you have building data warehouses or data lakes?', options: ['None', 'Less than 1 year', '1-2 years', '3-4 years', '5-7 years', '8-10 years', 'More than 10 years'], required: true },
      { name: 'rcf3127', kind: 'radios', label: 'Do you have experience working with Epic Clarity or Caboodle data?', options: ['Yes', 'No'], required: true },
      { name: 'rcf3128', kind: 'radios', label: 'Are you currently employed by Marrowfield Health Partners or one of its affiliated hospitals?', options: ['Yes', 'No'], required: true },
      { name: 'rcf3130', kind: 'text', label: 'Date Available to Start', placeholder: 'MM/DD/YYYY' },
      { name: 'rcf3131', kind: 'textarea', label: 'Please list any professional certifications you hold.' },
    ],
  },
});

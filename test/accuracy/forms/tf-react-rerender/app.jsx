import { renderWizard } from './wizard.jsx';

renderWizard({
  degrees: ['High school', 'Associate', "Bachelor's", "Master's", 'PhD'],
  schoolFrom: 1,
  questions: [
    { id: 'q_auth', kind: 'choice', options: ['Yes', 'No'], required: true, label: 'Are you legally authorized to work in the country where this job is located (United States)?',
      reveal: { when: 'No', id: 'q_auth_detail', label: 'What is your current work authorization?' } },
    { id: 'q_visa', kind: 'choice', options: ['Yes', 'No'], required: true, label: 'Will you now or in the future require visa sponsorship?' },
    { id: 'q_years', kind: 'select', options: ['0-2', '3-5', '6-8', '9-12', '13+'], required: true, label: 'Years of professional experience' },
    { id: 'q_salary', kind: 'text', required: true, label: 'Expected annual compensation (USD)', placeholder: 'e.g. 120000' },
    { id: 'q_start', kind: 'text', label: 'When could you start?', hint: 'A date (YYYY-MM-DD) or a notice period' },
    { id: 'q_dbt', kind: 'choice', options: ['Yes', 'No'], label: 'Have you used dbt in production?' },
  ],
});

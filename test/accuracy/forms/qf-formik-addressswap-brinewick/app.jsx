import { renderCareers } from './template.jsx';

renderCareers({
  eligibilityQuestion: 'Are you legally entitled to work in the United States?',
  salaryLabel: 'Salary expectations (USD per year)',
  salaryHint: 'The posted range for this role is $148,000 – $176,000.',
  questions: [
    { id: 'q_4102', type: 'select', label: 'How many years of hands-on experience do you have with Apache Kafka?', options: ['None', 'Less than 1 year', '1–2 years', '3–5 years', '6+ years'], required: true },
    { id: 'q_4103', type: 'radio', label: 'Do you hold a bachelor’s degree or higher?', options: ['Yes', 'No'], required: true },
    { id: 'q_4104', type: 'radio', label: 'This role works from our Pier 52 office in Seattle three days a week. Are you able to do that?', options: ['Yes', 'No'], required: true },
    { id: 'q_4105', type: 'text', label: 'What is your notice period?', hint: 'e.g. 2 weeks' },
  ],
});

import { renderCareers } from '../qf-formik-addressswap-brinewick/template.jsx';

renderCareers({
  eligibilityQuestion: 'Are you legally entitled to work in the United States?',
  salaryLabel: 'Expected annual compensation (USD)',
  salaryHint: 'Numbers only.',
  questions: [
    { id: 'q_5211', type: 'number', label: 'Total years of professional experience', hint: 'Whole years', required: true },
    { id: 'q_5212', type: 'select', label: 'Highest level of education completed', options: ['High school diploma or GED', 'Some college', 'Associate degree', 'Bachelor’s degree', 'Master’s degree', 'Doctorate'], required: true },
    { id: 'q_5213', type: 'radio', label: 'Do you hold a valid TWIC card?', options: ['Yes', 'No', 'In progress'] },
    { id: 'q_5214', type: 'radio', label: 'This role is based at our Anacortes terminal. Are you willing to relocate?', options: ['Yes', 'No', 'Already live nearby'], required: true },
  ],
});

import { renderBoard } from '../greenhouse-react/board.jsx';

renderBoard({
  title: 'Grid Data Engineer, Field Operations',
  company: 'Kelpwise Energy',
  questions: [
    { id: '9100201', label: 'LinkedIn Profile', kind: 'text', required: true },
    { id: '9100212', label: 'Current Company', kind: 'text' },
    { id: '9100203', label: 'Are you 18 years of age or older?', kind: 'yesno', required: true },
    { id: '9100204', label: 'Are you legally authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '9100205', label: 'Will you now, or in the future, require Kelpwise Energy to sponsor an employment visa for you?', kind: 'yesno', required: true },
    { id: '9100207', label: 'How many years of experience do you have building production data pipelines?', kind: 'select', required: true, options: ['0-2 years', '3-5 years', '6-9 years', '10 or more years'] },
    { id: '9100208', label: 'Which orchestrator have you used most in production?', kind: 'select', options: ['Airflow', 'Dagster', 'Prefect', 'Something else', 'None'] },
    { id: '9100206', label: "This position requires a valid driver's license and driving to substations across Northern California. Do you have a valid driver's license?", kind: 'yesno', required: true },
    { id: '9100209', label: 'Are you able to work on-site in our Sacramento office at least two days a week?', kind: 'yesno', required: true },
    { id: '9100214', label: 'Do you currently hold, or have you ever held, a U.S. government security clearance?', kind: 'select', options: ['Yes, active', 'Yes, inactive or expired', 'No'] },
    { id: '9100202', label: 'What is your desired annual base salary (USD)?', kind: 'text' },
    { id: '9100211', label: 'Earliest date you could start (MM/DD/YYYY)', kind: 'text' },
    { id: '9100210', label: 'Have you previously worked for Kelpwise Energy or one of its subsidiaries?', kind: 'yesno' },
    { id: '9100213', label: 'How did you hear about this job?', kind: 'select', options: ['LinkedIn', 'Kelpwise careers page', 'Employee referral', 'University or bootcamp', 'Other'] },
  ],
});

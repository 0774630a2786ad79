import { renderApplication } from './template.jsx';

// What GET /api/jobs/4417/questions returns.
renderApplication([
  { id: 'q_88231', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
  { id: 'q_88232', type: 'radio', label: 'Will you now or in the future require sponsorship for employment visa status?', options: ['Yes', 'No'] },
  { id: 'q_88233', type: 'listbox', label: 'How many years of professional experience do you have?', options: ['0–2 years', '3–5 years', '6–9 years', '10+ years'] },
  { id: 'q_88234', type: 'text', label: 'Who is your current employer?' },
  { id: 'q_88235', type: 'text', label: 'What are your salary expectations (annual base, USD)?' },
  { id: 'q_88236', type: 'date', label: 'What is the earliest date you could start?' },
  { id: 'q_88237', type: 'listbox', label: 'Have you worked with agronomic or environmental sensor data?', options: ['Yes, in production', 'Yes, in research or side projects', 'No'] },
  { id: 'q_88238', type: 'multi', label: 'Which days could you be in our Oakland lab?', options: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] },
  { id: 'q_88239', type: 'textarea', label: 'Tell us about a messy time-series dataset you made trustworthy.' },
]);

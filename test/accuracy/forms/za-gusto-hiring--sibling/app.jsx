import { renderGusto, EDUCATION } from '../za-gusto-hiring/form.jsx';

renderGusto({
  company: 'Sierra Foothill Credit Union',
  questions: [
    { id: 'q-7b21a', kind: 'yesno', label: 'Are you 18 years of age or older?' },
    { id: 'q-7b21b', kind: 'yesno', label: 'Are you currently employed?' },
    { id: 'q-7b21c', kind: 'yesno', label: 'Do you now, or will you in the future, require visa sponsorship to work in the U.S.?' },
    { id: 'q-7b21d', kind: 'text', label: 'Current employer', optional: true },
    { id: 'q-7b21e', kind: 'text', numeric: true, label: 'What is your expected hourly rate for the contract period?', desc: 'USD per hour, W-2' },
    { id: 'q-7b21f', kind: 'select', label: 'How many years of experience do you have with Python?', options: ['None', 'Less than 1 year', '1–3 years', '3–5 years', '5+ years'] },
    { id: 'q-7b21g', kind: 'select', label: 'Highest degree earned', options: EDUCATION },
    { id: 'q-7b21h', kind: 'date', label: 'Earliest start date', desc: 'MM/DD/YYYY' },
    { id: 'q-7b21i', kind: 'text', label: 'Portfolio URL', optional: true },
    { id: 'q-7b21j', kind: 'checkboxes', label: 'Which on-call weeks could you cover?', optional: true, options: ['Week 1', 'Week 2', 'Week 3', 'Week 4'] },
    { id: 'q-7b21k', kind: 'select', label: 'How did you hear about this job?', options: ['Gusto job board', 'LinkedIn', 'Indeed', 'A friend or colleague', 'Other'] },
    { id: 'q-7b21l', kind: 'textarea', optional: true, label: 'Anything else you’d like us to know?' },
  ],
});

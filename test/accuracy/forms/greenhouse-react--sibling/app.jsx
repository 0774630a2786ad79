import { renderBoard } from '../greenhouse-react/board.jsx';

renderBoard({
  title: 'Senior Product Designer',
  company: 'Brightline Health',
  questions: [
    { id: '7801122', label: 'Portfolio URL', kind: 'text', required: true },
    { id: '7801123', label: 'LinkedIn Profile', kind: 'text' },
    { id: '7801124', label: 'How many years of professional experience do you have?', kind: 'select', options: ['0-2 years', '3-4 years', '5-7 years', '8+ years'], required: true },
    { id: '7801125', label: 'Are you legally authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '7801126', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?', kind: 'yesno', required: true },
    { id: '7801127', label: 'Please share a project you are proud of and why.', kind: 'text' },
  ],
});

import { renderBoard } from './board.jsx';

renderBoard({
  title: 'Staff Backend Engineer',
  company: 'Brightline Health',
  questions: [
    { id: '7720341', label: 'LinkedIn Profile', kind: 'text', required: true },
    { id: '7720342', label: 'Current Company', kind: 'text' },
    { id: '7720343', label: 'Current Title', kind: 'text' },
    { id: '7720344', label: 'Are you legally authorized to work in the United States?', kind: 'yesno', required: true },
    { id: '7720345', label: 'Will you now or in the future require sponsorship for employment visa status (e.g. H-1B visa status)?', kind: 'yesno', required: true },
    { id: '7720346', label: 'How did you hear about us?', kind: 'select', options: ['LinkedIn', 'Referral', 'Company website', 'Conference', 'Other'] },
  ],
});

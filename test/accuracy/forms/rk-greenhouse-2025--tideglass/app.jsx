import { renderBoard } from '../rk-greenhouse-2025/board.jsx';

renderBoard({
  company: 'Tideglass Payments',
  questions: [
    { id: 'question_40115520002', kind: 'text', label: 'LinkedIn' },
    { id: 'question_40115521002', kind: 'text', label: 'GitHub' },
    { id: 'question_40115522002', kind: 'select', label: 'Are you currently authorized to work in the US for any employer?', required: true, options: ['Yes', 'No'] },
    { id: 'question_40115523002', kind: 'select', label: 'Will you require Tideglass to sponsor or take over sponsorship of an employment visa now or in the future?', required: true, options: ['Yes', 'No'] },
    { id: 'question_40115524002', kind: 'select', label: 'How many years of experience do you have building data pipelines?', required: true, options: ['Less than 2 years', '2 to 5 years', '5 to 8 years', '8+ years'] },
    { id: 'question_40115525002', kind: 'select', label: 'Do you currently live in, or are you willing to relocate to, the Chicago metro area?', required: true, options: ['I currently live in the Chicago area', 'I am willing to relocate', 'No'] },
    { id: 'question_40115526002', kind: 'select', label: 'Pronouns', options: ['She/Her', 'He/Him', 'They/Them', 'Prefer to self-describe', 'Prefer not to say'] },
    { id: 'question_40115527002', kind: 'text', label: 'Desired salary (USD)' },
    { id: 'question_40115528002', kind: 'text', label: 'What is your notice period?' },
    { id: 'question_40115529002', kind: 'select', label: 'How did you hear about Tideglass?', options: ['LinkedIn', 'Built In Chicago', 'Referral', 'Tideglass careers page', 'Other'] },
  ],
});

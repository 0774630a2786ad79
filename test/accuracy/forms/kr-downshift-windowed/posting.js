/* The posting: job title and its screening questions. */
export const posting = {
  title: 'Senior Data Engineer, Claims Data',
  questions: [
    { id: 'sq_301', type: 'radio', label: 'Are you legally eligible to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: 'sq_302', type: 'select', label: 'Visa sponsorship', options: ['I do not require sponsorship', 'I will require sponsorship now or in the future'], required: true },
    { id: 'sq_303', type: 'select', label: 'Years of data engineering experience', options: ['Less than 1', '1-3', '4-6', '7-10', 'More than 10'], required: true },
    { id: 'sq_304', type: 'radio', label: 'Do you hold, or are you pursuing, an actuarial credential (ACAS/FCAS)?', options: ['Yes', 'No'] },
    { id: 'sq_305', type: 'text', label: 'Why are you interested in insurance data?' },
  ],
};

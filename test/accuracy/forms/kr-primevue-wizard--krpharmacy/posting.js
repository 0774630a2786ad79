/* The posting: job text and the questions of its last step. */
export const posting = {
  title: 'Analytics Engineer, Pharmacy Operations',
  where: 'Pharmacy Services · Nashville, TN · On site three days a week',
  questions: [
    { id: 'cq_41', type: 'radio', label: 'Are you authorized to work in the U.S.?', options: ['Yes', 'No'], required: true },
    { id: 'cq_42', type: 'radio', label: 'Do you now, or will you in the future, need immigration sponsorship (e.g. H-1B, TN, O-1) to work for us?', options: ['Yes', 'No'], required: true },
    { id: 'cq_43', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'], required: true },
    { id: 'cq_44', type: 'radio', label: 'Are you willing to relocate to Nashville, TN?', options: ['Yes', 'No', 'Not sure yet'] },
    { id: 'cq_45', type: 'text', label: 'Which pharmacy or EHR systems have you worked with?' },
  ],
};

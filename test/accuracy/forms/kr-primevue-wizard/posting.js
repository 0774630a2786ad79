/* The posting: job text and the questions of its last step. */
export const posting = {
  title: 'Senior Data Engineer, Clinical Data Platform',
  where: 'Data & Analytics · Nashville, TN · Hybrid or remote within the US',
  questions: [
    { id: 'cq_18', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: 'cq_19', type: 'radio', label: 'Will you now or in the future require Lumenhaven to sponsor a work visa?', options: ['Yes', 'No'], required: true },
    { id: 'cq_20', type: 'radio', label: 'Have you previously worked for Lumenhaven Health or one of its hospitals?', options: ['Yes', 'No'], required: true },
    { id: 'cq_21', type: 'text', label: 'Name of the employee who referred you (if any)' },
  ],
};

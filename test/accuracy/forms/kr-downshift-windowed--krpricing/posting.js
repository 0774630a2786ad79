/* The posting: job title and its screening questions. */
export const posting = {
  title: 'Analytics Engineer, Personal Lines Pricing',
  questions: [
    { id: 'sq_611', type: 'select', label: 'Are you authorized to work in the U.S. without restriction?', options: ['Yes', 'No'], required: true },
    { id: 'sq_612', type: 'radio', label: 'Will you require Pinecrest to sponsor an employment visa now or in the future?', options: ['Yes', 'No'], required: true },
    { id: 'sq_613', type: 'select', label: 'Total years of professional experience', options: ['0-2 years', '3-5 years', '6+ years'], required: true },
    { id: 'sq_614', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'], required: true },
    { id: 'sq_615', type: 'select', label: 'Preferred work arrangement', options: ['Remote', 'Hybrid (Hartford)', 'On site (Hartford)'] },
  ],
};

/* The posting: the years buckets and the step 2 questions. */
export const posting = {
  years: [
    { label: '0 – 1 years', value: '0-1' }, { label: '2 – 4 years', value: '2-4' }, { label: '5 – 7 years', value: '5-7' },
    { label: '8 – 10 years', value: '8-10' }, { label: '11 years or more', value: '11+' },
  ],
  questions: [
    { id: 'authUS', type: 'radio', label: 'Are you authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: 'sponsor', type: 'radio', label: 'Will you require Harrowgate Rail to sponsor you for a work visa, now or in the future?', options: ['Yes', 'No'], required: true },
    { id: 'relocate', type: 'radio', label: 'This position is based in Chicago, IL. Are you willing to relocate?', options: ['Yes', 'No'], required: true },
    { id: 'hearAbout', type: 'text', label: 'How did you hear about this position?' },
  ],
};

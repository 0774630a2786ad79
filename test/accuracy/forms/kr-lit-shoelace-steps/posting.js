/* The posting: the years buckets and the questions of step 2. */
export const posting = {
  years: [
    { value: '0-2', label: '0-2' }, { value: '3-5', label: '3-5' }, { value: '6-9', label: '6-9' }, { value: '10-14', label: '10-14' }, { value: '15+', label: '15+' },
  ],
  questions: [
    { id: 'wq_auth', type: 'radio', label: 'Are you legally authorized to work in the country in which this job is located?', options: ['Yes', 'No'], required: true },
    { id: 'wq_visa', type: 'radio', label: 'Will you require sponsorship to obtain or maintain work authorization?', options: ['Yes', 'No'], required: true },
    { id: 'wq_itar', type: 'radio', label: 'This role requires access to ITAR-controlled data. Are you a U.S. person (citizen, permanent resident, or protected individual)?', options: ['Yes', 'No'], required: true },
    { id: 'wq_pronouns', type: 'text', label: 'Pronouns (optional)' },
  ],
};

/* The posting: the years buckets and the questions of step 2. */
export const posting = {
  years: [
    { value: 'junior', label: 'Less than 3 years' }, { value: 'mid', label: '3 – 6 years' }, { value: 'senior', label: '7 – 10 years' }, { value: 'staff', label: 'More than 10 years' },
  ],
  questions: [
    { id: 'wq_remote_us', type: 'radio', label: 'This is a remote role open to US residents. Do you currently live in the United States?', options: ['Yes', 'No'], required: true },
    { id: 'wq_h1b', type: 'radio', label: 'Will you now or in the future require H-1B or other visa sponsorship?', options: ['Yes', 'No'], required: true },
    { id: 'wq_employed', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'wq_simtools', type: 'text', label: 'Which discrete-event simulation tools have you used?' },
  ],
};

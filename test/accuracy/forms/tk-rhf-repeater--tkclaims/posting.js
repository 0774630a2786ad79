export const POSTING = {
  company: 'Wrenhollow Mutual',
  title: 'Data Engineer II, Claims Analytics',
  location: 'Remote (United States)',
  summary: 'Own the claims-event pipelines that feed our reserving and fraud-scoring models.',
  salaryLabel: 'What are your annual salary expectations?',
  questions: [
    { name: 'q_2207', type: 'select', required: true, label: 'Years of data engineering experience', options: ['0-2 years', '3-5 years', '6-9 years', '10+ years'] },
    { name: 'q_2208', type: 'radio', required: true, label: 'Do you have the legal right to work in the United States?', options: ['Yes', 'No'] },
    { name: 'q_2209', type: 'radio', required: true, label: 'Do you now, or will you in the future, need sponsorship for an employment visa?', options: ['Yes', 'No'] },
    { name: 'q_2210', type: 'select', required: true, label: 'Sponsorship type', options: ['H-1B', 'H-1B transfer', 'TN', 'Other'], when: { name: 'q_2209', value: 'Yes' } },
    { name: 'q_2211', type: 'radio', required: true, label: 'Have you previously worked for Wrenhollow Mutual?', options: ['Yes', 'No'] },
    { name: 'q_2212', type: 'textarea', required: false, label: 'Former manager and dates of employment', when: { name: 'q_2211', value: 'Yes' } },
    { name: 'q_2213', type: 'select', required: false, label: 'Pronouns (optional)', options: ['He/Him', 'She/Her', 'They/Them', 'Prefer to self-describe'] },
  ],
};

export const POSTING = {
  company: 'Corvid Bay Logistics',
  title: 'Senior Data Engineer, Network Planning',
  location: 'San Francisco, CA · Hybrid',
  summary: 'Build the lane, capacity and dwell-time pipelines behind our network-planning models for 38 cross-docks.',
  salaryLabel: 'Desired base salary (per year)',
  questions: [
    { name: 'q_authorized', type: 'radio', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { name: 'q_sponsor', type: 'radio', required: true, label: 'Will you now or in the future require Corvid Bay to sponsor an employment visa?', options: ['Yes', 'No'] },
    { name: 'q_visa', type: 'select', required: true, label: 'Which visa would you need?', options: ['H-1B', 'H-1B transfer', 'TN', 'E-3', 'L-1', 'Other'], when: { name: 'q_sponsor', value: 'Yes' } },
    { name: 'q_relocate', type: 'radio', required: true, label: 'Are you able to work from our San Francisco office three days a week?', options: ['Yes', 'No'] },
    { name: 'q_hear', type: 'select', required: false, label: 'How did you hear about us?', options: ['LinkedIn', 'Job board', 'Referral', 'Event', 'Other'] },
  ],
};

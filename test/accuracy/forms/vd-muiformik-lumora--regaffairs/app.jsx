import { renderLumora } from '../vd-muiformik-lumora/form.jsx';

renderLumora({
  team: 'Lumora Medical Inc. · Quality & Regulatory Affairs',
  title: 'Regulatory Data Analyst, Post-Market Surveillance',
  location: 'San Diego, CA (hybrid)',
  blurb: 'Complaint files, MDR reports and field telemetry: help our post-market surveillance team turn them into the trend reports the FDA and EU notified bodies review each quarter.',
  locationLabel: 'Where are you based?',
  experienceLabel: 'Total years of work experience *',
  ranges: ['0 - 2', '3 - 6', '7 - 10', '11 - 15', '16+'],
  questions: [
    { id: 'q_sponsor2027', kind: 'toggle', required: true, label: 'Do you require visa sponsorship (now or in the future) to work for Lumora in the US?', options: [{ value: 'no', label: 'No, sponsorship is not required' }, { value: 'yes', label: 'Yes, sponsorship is required' }] },
    { id: 'q_currentlyEmployed', kind: 'toggle', required: true, label: 'Are you currently employed?', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] },
    { id: 'q_rightToWork', kind: 'select', required: true, label: 'Work authorization status in the US', options: ['U.S. citizen or permanent resident', 'Authorized to work for any employer (e.g. EAD)', 'Authorized only with my current employer (e.g. H-1B)', 'Not authorized to work in the US'] },
    { id: 'q_mdr', kind: 'toggle', required: false, label: 'Have you prepared Medical Device Reports (MDRs) or vigilance reports?', options: [{ value: 'yes', label: 'Yes, I have' }, { value: 'no', label: 'No, not yet' }] },
    { id: 'q_onsite', kind: 'select', required: false, label: 'How many days per week could you work from our San Diego office?', options: ['1 day', '2 days', '3 days', '4–5 days'] },
  ],
});

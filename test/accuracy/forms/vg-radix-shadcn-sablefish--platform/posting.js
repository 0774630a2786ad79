/* This posting's custom questions (the careers app renders every posting from such a file). */
export const posting = {
  portfolioLabel: 'Attach a design doc or writing sample',
  salaryLabel: 'Desired annual compensation',
  questions: [
    { key: 'needsSponsorship', type: 'switch', label: 'I require visa sponsorship to work in the US' },
    { key: 'authorized', name: 'q_authorized_us', type: 'select', required: true, label: 'What is your US work authorization?', options: ['US citizen or permanent resident', 'Authorized to work for any employer', 'Authorized with an employer-specific visa', 'Not authorized'] },
    { key: 'onCall', name: 'q_on_call', type: 'radio', required: true, label: 'This role has a one-week on-call rotation every six weeks. Is that OK?', options: ['Yes', 'No', 'Let’s talk'] },
    { key: 'years', type: 'toggle', required: true, label: 'Years of professional software or data engineering experience', options: ['Under 3', '3–6', '7–10', '10+'] },
    { key: 'degree', name: 'q_degree', type: 'radio', required: true, label: 'Highest completed degree', options: ['None', 'Associate', 'Bachelor’s', 'Master’s or higher', 'Other (please specify)'], other: 'Other (please specify)' },
    { key: 'currentlyEmployed', type: 'switch', label: 'I have a job at the moment' },
    { key: 'k8sRating', type: 'rating', label: 'Kubernetes: rate yourself from 1 to 5', options: ['1', '2', '3', '4', '5'] },
    { key: 'timeZones', type: 'checks', label: 'Which time zones could you overlap with? (select all that apply)', options: ['Eastern', 'Central', 'Mountain', 'Pacific'] },
    { key: 'clouds', type: 'multi', label: 'Clouds you have run production workloads on', options: ['AWS', 'Azure', 'GCP', 'On-prem'] },
  ],
};

/* This posting's text and questions. */
export const posting = {
  title: 'Analytics Engineer, Merchant Growth',
  team: 'Data',
  where: 'New York, NY (hybrid)',
  about: [
    'Kittiwake processes card payments for 80,000 merchants in Ireland, the UK and the United States. Merchant Growth turns onboarding, pricing and churn data into the playbooks our sales team runs.',
    'You will own the dbt models and Looker explores behind pricing decisions, and partner with our Dublin analysts on one global merchant model.',
  ],
  samplesLabel: 'Dashboards or analyses you are proud of',
  questions: [
    { key: 'sponsorship', type: 'switch', label: 'I will need visa sponsorship now or in the future' },
    { key: 'authorized', type: 'toggle', label: 'Can you work in the US without restrictions?', options: ['Yes', 'No'] },
    { key: 'years', type: 'select', label: 'Years of analytics or data engineering experience*', options: [{ title: '0–2', value: 'Y0' }, { title: '3–5', value: 'Y3' }, { title: '6–9', value: 'Y6' }, { title: '10+', value: 'Y10' }] },
    { key: 'employed', type: 'radio', label: 'Do you currently hold a full-time role?', options: ['Yes', 'No'], inline: true },
    { key: 'officeDays', type: 'slider', label: 'How many days a week could you be in our Flatiron office?', min: 0, max: 5 },
    { key: 'ratingSql', type: 'rating', label: 'SQL: rate yourself' },
    { key: 'ratingLooker', type: 'rating', label: 'Looker / LookML: rate yourself' },
    { key: 'interests', type: 'chips', label: 'Which areas interest you most?', options: ['Pricing', 'Churn', 'Onboarding funnel', 'Partnerships'] },
    { key: 'education', type: 'radio', label: 'Highest completed education', options: ['Secondary school', 'Associate degree', "Bachelor's degree", "Master's degree or higher", 'Other (please specify)'], other: 'Other (please specify)' },
    { key: 'tools', type: 'checks', label: 'Which of these have you used? (select all that apply)', options: ['dbt', 'Looker', 'Hex', 'Amplitude'] },
  ],
};

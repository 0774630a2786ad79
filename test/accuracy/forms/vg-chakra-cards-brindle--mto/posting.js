/* This posting's text and questions (Dover renders every posting of the company from such data). */
export const posting = {
  company: 'Brindle & Oak',
  title: 'Analytics Engineer, Made-to-Order Operations',
  meta: 'Remote (US) · Full-time · Operations',
  about: [
    'Brindle & Oak makes solid-wood furniture to order in our Michigan workshop and ships it to 48 states.',
    'Operations runs on the numbers you will model: lumber yield, build times by station, white-glove delivery windows. You will own the dbt project and the Looker explores our shop leads open every morning.',
  ],
  cities: ['Grand Rapids', 'Kalamazoo', 'Lansing', 'Chicago', 'Minneapolis', 'San Francisco', 'San Mateo'],
  sampleLabel: 'Share a dashboard or analysis you built (optional)',
  salaryLabel: 'Salary expectation',
  questions: [
    { key: 'needsSponsorship', type: 'switch', label: 'I need visa sponsorship to work for Brindle & Oak' },
    { key: 'authorized', type: 'radio', label: 'Are you authorized to work in the US?', options: ['Yes', 'No'] },
    { key: 'years', type: 'segment', label: 'Years of analytics or data engineering experience', options: ['0–2', '3–5', '6–9', '10+'] },
    { key: 'currentlyEmployed', type: 'switch', label: "I'm working right now" },
    {
      key: 'bachelors', type: 'radiocard', label: "Do you hold a bachelor's degree?",
      options: [
        { value: 'yes', title: 'Yes', description: "Bachelor's or higher" },
        { value: 'no', title: 'No', description: 'Equivalent experience' },
      ],
    },
    { key: 'managed', type: 'number', label: 'How many people have you managed directly?' },
    { key: 'tools', type: 'checkcards', label: 'Tools you use weekly', options: ['dbt', 'Looker', 'Fivetran', 'Python'] },
    { key: 'lookerRating', type: 'rating', label: 'Rate your LookML (1–5)' },
    { key: 'pronouns', type: 'radio', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'Other (please specify)', 'Prefer not to say'], other: 'Other (please specify)' },
  ],
};

/* This posting's text and questions (Dover renders every posting of the company from such data). */
export const posting = {
  company: 'Brindle & Oak',
  title: 'Senior Data Engineer',
  meta: 'Grand Rapids, MI or Remote (US) · Full-time · Engineering',
  about: [
    'Brindle & Oak makes solid-wood furniture to order in our Michigan workshop and ships it to 48 states. Every table starts as a configuration in our online designer and ends as a cut list on the shop floor.',
    'You will own the warehouse that joins the designer, Shopify, our ERP and the CNC telemetry, and build the lead-time forecasts customers see at checkout.',
  ],
  cities: ['Grand Rapids', 'Holland', 'Detroit', 'Chicago', 'San Francisco', 'San Diego', 'South San Francisco'],
  sampleLabel: 'Upload a portfolio or writing sample (optional)',
  salaryLabel: 'Desired base salary',
  questions: [
    { key: 'authorized', type: 'segment', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'needsSponsorship', type: 'switch', label: 'I will require visa sponsorship now or in the future' },
    { key: 'currentlyEmployed', type: 'switch', label: 'I am currently employed' },
    { key: 'years', type: 'number', label: 'Years of professional data engineering experience' },
    {
      key: 'degree', type: 'radiocard', label: 'Highest completed degree',
      options: [
        { value: 'none', title: 'No degree', description: 'Self-taught or bootcamp' },
        { value: 'associate', title: 'Associate', description: 'AA, AS' },
        { value: 'bachelor', title: "Bachelor's", description: 'BA, BS, BEng' },
        { value: 'master', title: "Master's", description: 'MA, MS, MBA' },
        { value: 'doctorate', title: 'Doctorate', description: 'PhD, EdD' },
      ],
    },
    { key: 'interests', type: 'checkcards', label: 'Which parts of the stack excite you most?', options: ['Ingestion & CDC', 'Forecasting', 'Shop-floor telemetry', 'Analytics enablement'] },
    { key: 'sqlRating', type: 'rating', label: 'Rate your SQL (1–5)' },
    { key: 'dbtRating', type: 'rating', label: 'Rate your dbt (1–5)' },
    { key: 'pronouns', type: 'radio', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'Other (please specify)', 'Prefer not to say'], other: 'Other (please specify)' },
    { key: 'workshopVisits', type: 'segment', label: 'Could you visit the Grand Rapids workshop once a quarter?', options: ['Yes', 'No', 'Maybe'] },
  ],
};

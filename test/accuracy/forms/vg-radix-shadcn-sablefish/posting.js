/* This posting's custom questions (the careers app renders every posting from such a file). */
export const posting = {
  portfolioLabel: 'Upload a portfolio or writing sample',
  salaryLabel: 'Expected base salary',
  questions: [
    { key: 'authorized', name: 'q_work_authorized', type: 'radio', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'needsSponsorship', type: 'switch', label: 'I will need Sablefish to sponsor a visa now or in the future' },
    { key: 'currentlyEmployed', type: 'switch', label: 'I am currently employed' },
    { key: 'years', type: 'toggle', required: true, label: 'Years of data engineering experience', options: ['0–2', '3–5', '6–8', '9+'] },
    { key: 'degree', name: 'q_degree', type: 'select', required: true, label: 'Highest degree', options: ['High school / GED', 'Associate', "Bachelor's", "Master's", 'PhD', 'Bootcamp / self-taught'] },
    { key: 'sqlRating', type: 'rating', label: 'How would you rate your SQL? (1 = basic, 5 = expert)', options: ['1', '2', '3', '4', '5'] },
    { key: 'employmentTypes', type: 'checks', label: 'Which employment types work for you?', options: ['Full-time', 'Contract', 'Contract-to-hire'] },
    { key: 'stack', type: 'multi', label: 'Tools you have used in production', options: ['Airflow', 'Dagster', 'dbt', 'Fivetran', 'Kafka', 'Snowflake', 'Spark'] },
    { key: 'pronouns', name: 'q_pronouns', type: 'radio', label: 'Pronouns', options: ['she/her', 'he/him', 'they/them', 'Other (please specify)'], other: 'Other (please specify)' },
    { key: 'hipaa', name: 'q_hipaa', type: 'radio', label: 'Have you worked with HIPAA-regulated data (PHI)?', options: ['Yes', 'No'] },
  ],
};

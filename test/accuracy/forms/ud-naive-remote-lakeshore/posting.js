/* This posting's text and questions. */
export const posting = {
  title: 'Senior Data Engineer, Clinical Data Platform',
  team: 'Digital Health & Analytics',
  where: 'Chicago, IL (hybrid) or remote',
  req: 'R-24811',
  about: [
    'Lakeshore cares for 300,000 children a year across four hospitals and 40 clinics. Our clinical data platform feeds quality dashboards, research cohorts and the bed-management tools nurses use every shift.',
    'You will build HL7 and FHIR ingestion from Epic, model it in Snowflake with dbt, and make PHI-safe data sets our researchers can use without waiting weeks.',
  ],
  yearsLabel: 'Years of data engineering experience',
  yearsOptions: ['0-1 years', '2-3 years', '4-6 years', '7-10 years', '10+ years'],
  questions: [
    { key: 'epic', type: 'select', label: 'Do you hold an Epic certification (Clarity, Caboodle or Cogito)?', options: ['Yes', 'No', 'In progress'] },
    { key: 'hipaa', type: 'radio', label: 'Have you worked with PHI under HIPAA?', options: ['Yes', 'No'] },
  ],
};

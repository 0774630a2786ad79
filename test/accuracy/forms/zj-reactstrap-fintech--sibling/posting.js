/* This posting's job and its custom questions (the template is shared by the company's postings). */
export const posting = {
  title: 'Analytics Engineer, Merchant Insights',
  team: 'Merchant Data',
  where: 'Remote (US) · Full-time',
  req: 'R-2317',
  yearsLabel: 'Years of experience in analytics or data engineering',
  years: ['0-1', '2-4', '5-7', '8+'],
  questions: [
    { id: 'q_bi', label: 'Which BI tool do you know best?', kind: 'select', options: ['Looker', 'Tableau', 'Power BI', 'Mode', 'Metabase', 'Other'] },
    { id: 'q_dbt', label: 'Have you maintained a dbt project with more than 200 models?', kind: 'radio', options: ['Yes', 'No'] },
    { id: 'q_metric', label: 'Describe a metric you defined that changed a product decision.', kind: 'textarea' },
  ],
};

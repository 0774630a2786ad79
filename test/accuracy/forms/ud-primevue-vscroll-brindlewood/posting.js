/* This posting's text and questions. */
export const posting = {
  title: 'Senior Data Engineer, Claims Analytics',
  team: 'Data & Analytics',
  where: 'Remote, United States',
  ref: 'BWR-2611-DE',
  about: [
    'Brindlewood Re writes marine, energy and cyber reinsurance from London and Bermuda. Our new US data hub will run the claims and exposure platform for the whole group.',
    'You will rebuild the claims data pipelines (Azure Data Factory to Databricks), model bordereaux from 60 cedants, and give our actuaries data they can trust at quarter-end.',
  ],
  yearsLabel: 'Years of relevant experience',
  yearsOptions: ['Under 1 year', '1–3 years', '4–6 years', '7–9 years', '10+ years'],
  questions: [
    { key: 'insurance', type: 'select', label: 'Do you have experience in insurance or reinsurance?', options: ['Yes – reinsurance', 'Yes – insurance', 'No'] },
    { key: 'whyUs', type: 'text', label: 'Why Brindlewood Re? (max 200 words)' },
  ],
};

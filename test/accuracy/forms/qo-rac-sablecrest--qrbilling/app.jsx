import { renderApplication } from '../qo-rac-sablecrest/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Billing & Revenue',
  company: 'Sablecrest',
  where: 'Oakland, CA · Hybrid (3 days in office)',
  questionsTitle: 'A few more questions',
  questions: [
    { key: 'usWork', type: 'toggle', label: 'Can you legally work in the United States?', options: ['No', 'Yes'] },
    { key: 'sponsorLater', type: 'toggle', label: 'Will you require visa sponsorship, now or later?', options: ['Yes', 'No'] },
    { key: 'hasJob', type: 'switch', label: 'I currently have a job' },
    { key: 'warehouses', type: 'tags', label: "Warehouses you've run in production", options: ['Snowflake', 'BigQuery', 'Redshift', 'Databricks', 'ClickHouse'] },
    { key: 'pronounSet', type: 'radio', label: 'What pronouns should we use?', options: ['he / him', 'she / her', 'they / them', 'Another set', 'Prefer not to say'] },
    {
      key: 'band', type: 'cards', label: 'Target base salary',
      options: [['b1', '$120k–$139k', 'Band A'], ['b2', '$140k–$159k', 'Band B'], ['b3', '$160k–$179k', 'Band C'], ['b4', '$180k+', 'Band D']],
    },
    { key: 'hours', type: 'select', label: 'Your working hours are usually in…', options: ['Eastern time', 'Central time', 'Mountain time', 'Pacific time', 'Outside North America'] },
    { key: 'codeLink', type: 'text', label: 'GitHub profile' },
    { key: 'office', type: 'switch', label: 'I can be in the Oakland office Tuesday to Thursday' },
    { key: 'billingStory', type: 'textarea', label: 'Describe a revenue number you had to reconcile across two systems' },
    { key: 'heard', type: 'select', label: 'How did you hear about Sablecrest?', options: ['A friend or colleague', 'LinkedIn', 'Hacker News', 'A podcast', 'Somewhere else'] },
  ],
});

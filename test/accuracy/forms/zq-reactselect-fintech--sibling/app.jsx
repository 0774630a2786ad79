import { renderApplication } from '../zq-reactselect-fintech/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Treasury',
  team: 'Finance Engineering',
  where: 'Chicago, IL or Remote (US)',
  intro: 'Treasury reconciles billions in daily settlement. You will model ledgers in dbt and give finance a source of truth they can audit.',
  yearsLabel: 'How many years have you worked in analytics or data engineering?',
  years: ['0–1 years', '2–3 years', '4–6 years', '7+ years'],
  skills: ['dbt', 'Excel', 'Looker', 'Python', 'SQL', 'Snowflake', 'Tableau'],
  questions: [
    { key: 'q_ledger', label: 'Which accounting concepts have you modelled?', options: ['Double-entry ledgers', 'Revenue recognition', 'Cash reconciliation', 'FX revaluation'], multi: true },
    { key: 'q_cpa', label: 'Do you hold a CPA or are you working toward one?', options: ['Yes', 'Working toward it', 'No'] },
    { key: 'q_sql', label: 'Describe the hardest SQL query you have written.', type: 'text' },
  ],
});

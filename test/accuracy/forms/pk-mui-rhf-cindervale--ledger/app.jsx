import { renderApplication } from '../pk-mui-rhf-cindervale/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Ledger',
  meta: 'Remote (US) · Full-time',
  blurb: 'Every cent Cindervale moves lands in the ledger. Build the dbt models finance closes the books on, and the reconciliation checks that keep them honest.',
  questions: [
    { type: 'select', key: 'q_pipelineYears', label: 'Years spent building data pipelines and warehouse models', options: ['0–2 years', '3–5 years', '6–8 years', '9+ years'] },
    { type: 'radio', key: 'q_dbt', label: 'Have you shipped dbt models that other teams depend on?', options: ['Yes', 'No'] },
    { type: 'text', key: 'q_notice', label: 'If you are employed, how much notice do you need to give?', help: 'e.g. two weeks' },
    { type: 'check', key: 'q_finance', label: 'I have worked on accounting or finance data before' },
    { type: 'textarea', key: 'q_recon', label: 'How would you reconcile our ledger against bank statements that arrive a day late?' },
  ],
});

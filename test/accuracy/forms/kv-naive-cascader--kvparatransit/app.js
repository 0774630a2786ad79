import { mountApplication } from '../kv-naive-cascader/template.js';

mountApplication({
  title: 'Analytics Engineer, Paratransit Scheduling',
  team: 'Rider Analytics',
  where: 'Portland, OR or remote in the US',
  intro: 'Paratransit riders book trips a day ahead. Model the trip data our schedulers use to keep shared rides on time and help agencies report to the FTA.',
  yearsLabel: 'How many years have you worked in data or analytics?',
  questions: [
    { key: 'q_relocate', type: 'switch', label: 'I would relocate to Portland for this role' },
    { key: 'q_employed', type: 'buttons', label: 'Are you working at the moment?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_ntd', type: 'select', label: 'Have you prepared National Transit Database (NTD) reports?', options: [['yes', 'Yes'], ['no', 'No'], ['some', 'I have helped with them']] },
    { key: 'q_dbt', type: 'text', label: 'How many years have you used dbt?' },
  ],
});

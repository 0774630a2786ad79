import { mountApplication } from '../kv-elplus-treeselect/template.js';

mountApplication({
  title: 'Analytics Engineer, Carrier Pricing',
  team: 'Pricing',
  where: 'Dallas, TX · Hybrid',
  intro: 'Spot and contract rates change by the hour. Build the models and marts our pricing desk uses to quote lanes in seconds.',
  yearsLabel: 'Years of relevant experience',
  questions: [
    { key: 'q_working', type: 'radio', label: 'Do you have a job at the moment?', options: ['Yes', 'No'] },
    { key: 'q_relocate', type: 'switch', label: 'Would you relocate to Dallas?' },
    { key: 'q_sql', type: 'text', label: 'How many years have you written SQL?' },
    { key: 'q_tms', type: 'textarea', label: 'Which transportation management systems have you used?' },
  ],
});

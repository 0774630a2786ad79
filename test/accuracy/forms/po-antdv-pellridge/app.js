import { renderApplication } from './template.js';

renderApplication({
  title: 'Senior Data Engineer, Trial Data Platform',
  meta: 'Durham, NC · Boston, MA · or remote in the US — Full-time',
  blurb: 'Pellridge cleans and links the data from 900 active clinical trials. The Trial Data Platform team runs the pipelines that turn site uploads into the datasets biostatisticians sign off on.',
  questions: [
    { type: 'buttons', key: 'q_employed', label: 'Are you working at the moment?', options: ['Yes', 'No'] },
    { type: 'select', key: 'q_cdisc', label: 'Experience with CDISC standards (SDTM, ADaM)', options: ['None', 'Familiar', 'Used on a project', 'Used daily'] },
    { type: 'radio', key: 'q_gxp', label: 'Have you worked in a GxP-validated environment?', options: ['Yes', 'No', 'Not sure'] },
    { type: 'textarea', key: 'q_lineage', label: 'How would you show an auditor where a number in a submission dataset came from?' },
  ],
});

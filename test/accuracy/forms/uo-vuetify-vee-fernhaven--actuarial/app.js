import { mountApplication } from '../uo-vuetify-vee-fernhaven/template.js';

mountApplication({
  title: 'Senior Analytics Engineer, Actuarial Data',
  where: 'Remote (California) · Full-time',
  questions: [
    { key: 'q_lastjob', type: 'text', label: 'If you are not working right now, when did your last role end?', hint: 'Month and year' },
    { key: 'q_sas', type: 'radio', label: 'Have you migrated SAS code to SQL or Python?', inline: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_site', type: 'text', label: 'Personal website', prefix: 'https://' },
    { key: 'q_bachelor', type: 'select', label: 'Do you have a bachelor’s degree in a quantitative field?', options: [['yes', 'Yes'], ['other', 'Yes, in another field'], ['no', 'No']] },
    { key: 'q_relocate', type: 'checkbox', label: 'I am willing to relocate to Sacramento within 12 months' },
    { key: 'q_example', type: 'textarea', label: 'Describe a dataset you made trustworthy for actuaries or analysts', hint: 'Optional' },
  ],
});

import { mountApplication } from '../uo-naive-vee-cobaltine/template.js';

mountApplication({
  title: 'Data Engineer, Grid Storage Analytics',
  where: 'Reno, NV or remote in the US · Full-time',
  questions: [
    { key: 'q_website', type: 'text', label: 'Personal website', placeholder: 'https://' },
    { key: 'q_bms', type: 'radio', label: 'Have you worked with battery management system (BMS) telemetry?', options: [['yes', 'Yes'], ['no', 'No'], ['some', 'A little']] },
    { key: 'q_working', type: 'select', label: 'Do you have a job at the moment?', options: [['yes', 'Yes, I do'], ['no', 'No, I am between roles']] },
    { key: 'q_sites', type: 'checkboxes', label: 'Which storage sites could you visit once a quarter?', options: [['reno', 'Reno, NV'], ['moss', 'Moss Landing, CA'], ['ercot', 'Angleton, TX']] },
    { key: 'q_relocate', type: 'radio', label: 'Would you move to Reno for this role?', options: [['yes', 'Yes'], ['maybe', 'Open to it'], ['no', 'No']] },
    { key: 'q_notice', type: 'text', label: 'How much notice do you need to give?', placeholder: 'e.g. 2 weeks' },
  ],
});

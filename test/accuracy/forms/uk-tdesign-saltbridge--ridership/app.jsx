import { renderApplication } from '../uk-tdesign-saltbridge/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Ridership',
  where: 'Seattle, WA (Colman Dock office) · Full time · Posted today',
  questions: [
    { key: 'employedNow', type: 'radio', label: 'Do you currently have a job?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'biYears', type: 'select', label: 'How many years have you built dashboards in Tableau or Looker?', options: [['0', 'None'], ['1-2', '1–2 years'], ['3-5', '3–5 years'], ['6+', '6 or more years']] },
    { key: 'terminal', type: 'radio', label: 'Could you spend two days a week at the Bremerton terminal?', options: [['yes', 'Yes'], ['no', 'No'], ['maybe', 'Maybe, depending on the schedule']] },
  ],
});

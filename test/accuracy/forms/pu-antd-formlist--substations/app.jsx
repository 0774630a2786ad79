import { renderApplication } from '../pu-antd-formlist/template.jsx';

renderApplication({
  company: 'Pellworth Grid',
  title: 'Data Engineer II, Substation Telemetry',
  meta: 'Remote (US, Pacific or Mountain time) · Full-time',
  questions: [
    { key: 'workStatus', type: 'select', label: 'Which best describes your right to work in the US?', required: true, options: [['ok', 'I can work in the US without sponsorship'], ['later', 'I can work in the US now but will need sponsorship later'], ['now', 'I need sponsorship to work in the US'], ['no', 'I am not authorized to work in the US']] },
    { key: 'yearsBand', type: 'radio', label: 'Years working as a data engineer', required: true, options: [['0', '0–2'], ['3', '3–5'], ['6', '6–9'], ['10', '10+']] },
    { key: 'currentlyEmployed', type: 'radio', label: 'Are you employed right now?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'scada', type: 'radio', label: 'Have you worked with SCADA or historian data (PI, eDNA)?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'startDate', type: 'date', label: 'When could you start?' },
    { key: 'anythingElse', type: 'textarea', label: 'Anything else we should know?' },
  ],
});

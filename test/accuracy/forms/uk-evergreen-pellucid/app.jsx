import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Engineer II, Claims Platform',
  where: 'Boston, MA or remote within the US · Full time',
  questions: [
    { key: 'q_hipaa', type: 'radio', label: 'Have you worked with PHI under HIPAA controls?', options: [['yes', 'Yes'], ['no', 'No'], ['unsure', 'Not sure']] },
    { key: 'q_standards', type: 'checks', label: 'Which claims standards have you worked with?', options: [['x12', 'X12 837 / 835'], ['fhir', 'FHIR'], ['hl7', 'HL7 v2'], ['ncpdp', 'NCPDP']] },
    { key: 'q_why', type: 'textarea', label: 'Why Pellucid?', hint: 'A few sentences is plenty.' },
  ],
});

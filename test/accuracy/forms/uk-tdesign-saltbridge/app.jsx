import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Engineer, Fleet Telemetry',
  where: 'Seattle, WA (Colman Dock office) · Full time · Posted 3 days ago',
  questions: [
    { key: 'telematics', type: 'radio', label: 'Have you worked with vessel AIS or vehicle telematics data?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'onCall', type: 'radio', label: 'This team shares an on-call rota (one week in six). Is that OK for you?', options: [['yes', 'Yes, that’s fine'], ['discuss', 'I’d like to discuss it']] },
  ],
});

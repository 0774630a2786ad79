import { renderApplication } from '../po-semi-copperleaf/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Metering Data',
  meta: 'Sacramento, CA (hybrid, two days a week) · Full-time',
  team: 'Metering Data',
  blurb: 'Every fifteen minutes, 11 million meters report in. The Metering Data team owns the models that turn those reads into bills, load curves and the outage map utilities show their customers.',
  questions: [
    { type: 'buttons', key: 'q_employed', label: 'Are you employed at the moment?', options: ['Yes', 'No'] },
    { type: 'select', key: 'q_zone', label: 'Your working time zone', options: ['Hawaii (UTC−10)', 'Alaska (UTC−9)', 'Pacific (UTC−8)', 'Mountain (UTC−7)', 'Central (UTC−6)', 'Eastern (UTC−5)', 'Other'] },
    { type: 'multi', key: 'q_standards', label: 'Which metering data standards have you worked with?', options: ['Green Button (ESPI)', 'MultiSpeak', 'IEC 61968 CIM', 'ANSI C12.19', 'None of these'] },
    { type: 'radio', key: 'q_hybrid', label: 'Can you be in our Sacramento office on Tuesdays and Thursdays?', options: ['Yes', 'No', 'Only some weeks'] },
    { type: 'text', key: 'q_notice', label: 'Notice period at your current job', help: 'e.g. 2 weeks' },
    { type: 'textarea', key: 'q_billing', label: 'A meter reports a reading lower than the one before it. Walk us through what your pipeline should do.' },
  ],
});

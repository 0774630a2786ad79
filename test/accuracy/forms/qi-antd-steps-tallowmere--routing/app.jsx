import { renderPosting } from '../qi-antd-steps-tallowmere/template.jsx';

renderPosting({
  team: 'Transportation · Chicago, IL',
  title: 'Data Engineer, Route Planning',
  where: 'Chicago, IL or Minneapolis, MN (hybrid) · Full-time',
  intro: 'Our 600 refrigerated trucks run 2,100 routes a day. The route planning team turns telematics, delivery windows and driver hours into tomorrow\u2019s routes, and you will build the data underneath it.',
  questions: [
    { key: 'q_telematics', kind: 'select', label: 'Which telematics platforms have you worked with?', options: ['Samsara', 'Geotab', 'Omnitracs', 'None of these'] },
    { key: 'q_dot', kind: 'radio', label: 'Are you familiar with FMCSA hours-of-service rules?', options: ['Yes', 'Somewhat', 'No'] },
    { key: 'q_night', kind: 'radio', label: 'Can you join the on-call rotation for overnight route builds (one week in six)?', options: ['Yes', 'No'] },
    { key: 'q_vrp', kind: 'text', label: 'Describe a routing or scheduling problem you have modelled.' },
  ],
});

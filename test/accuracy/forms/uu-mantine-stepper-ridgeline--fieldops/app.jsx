import { renderPosting } from '../uu-mantine-stepper-ridgeline/template.jsx';

renderPosting({
  team: 'Supply Chain Technology · Reno, NV',
  title: 'Data Engineer, Distribution Center Operations',
  where: 'Reno, NV distribution center or remote (Pacific time) · Full-time',
  intro: 'Our Reno distribution center ships 40,000 orders on a busy day. You will build the pipelines behind pick-rate dashboards, labor forecasts and the carrier scorecards our logistics team negotiates with.',
  questions: [
    { key: 'q_tz', kind: 'segmented', label: 'Which time zone do you work in?', options: ['Pacific', 'Mountain', 'Central', 'Eastern'] },
    { key: 'q_wms', kind: 'multi', label: 'Which warehouse systems have you worked with?', options: ['Manhattan', 'Blue Yonder', 'SAP EWM', 'Körber', 'None of these'] },
    { key: 'q_floor', kind: 'radio', label: 'Are you comfortable spending one day a month on the DC floor (steel-toe shoes required)?', options: ['Yes', 'No'] },
    { key: 'q_peak', kind: 'text', label: 'How would you forecast labor needs for the week before Black Friday?' },
  ],
});

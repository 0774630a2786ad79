import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Grid Analytics',
  meta: 'San Francisco, CA or remote (US) · Full-time',
  team: 'Grid Analytics',
  blurb: 'Copperleaf helps 40 North American utilities plan where the next substation goes. Grid Analytics turns smart-meter reads and outage logs into the forecasts those plans rest on.',
  questions: [
    { type: 'buttons', key: 'q_timezone', label: 'Which US time zone do you work in?', options: ['Pacific', 'Mountain', 'Central', 'Eastern', 'Outside the US'] },
    { type: 'select', key: 'q_timeseries', label: 'How many years have you worked with time-series databases (TimescaleDB, InfluxDB, kdb+)?', options: ['Never', 'Under 1 year', '1–3 years', '4+ years'] },
    { type: 'radio', key: 'q_travel', label: 'This role visits utility control rooms about four times a year. Can you travel that often?', options: ['Yes', 'No', 'Maybe — let\'s discuss'] },
    { type: 'textarea', key: 'q_outage', label: 'Describe a forecast or model you shipped that turned out wrong. What did you change?' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Fleet Telemetry',
  where: 'Oakland, CA · Hybrid · Full-time',
  questions: [
    { key: 'q_sea', type: 'segment', label: 'Are you comfortable spending a day a month aboard a survey vessel?', options: [['yes', 'Yes'], ['maybe', 'Maybe'], ['no', 'No']] },
    { key: 'q_timeseries', type: 'select', label: 'Which time-series store have you run in production?', options: [['influx', 'InfluxDB'], ['timescale', 'TimescaleDB'], ['clickhouse', 'ClickHouse'], ['none', 'None of these']] },
    { key: 'q_github', type: 'text', label: 'GitHub or code samples', placeholder: 'https://' },
    { key: 'q_story', type: 'textarea', label: 'Tell us about a sensor-data problem you untangled', helper: 'A few paragraphs is plenty.' },
  ],
});

import { mountPosting } from './template.js';

mountPosting({
  team: 'Asset Performance · Abilene, TX',
  title: 'Senior Data Engineer, SCADA & Telemetry',
  where: 'Abilene or Austin, TX, or remote in the US · Full-time',
  intro: 'Kettlevane runs 1,900 wind turbines and 600 MWh of batteries across West Texas. You will build the pipelines that turn ten-second SCADA readings into the availability, curtailment and ERCOT settlement numbers our operators trade on.',
  skills: ['Python', 'SQL', 'Spark', 'Kafka', 'dbt', 'Airflow', 'PI System', 'Time-series databases'],
  questions: [
    { key: 'q_ercot', kind: 'radio', label: 'Have you worked with ERCOT market or settlement data?', options: ['Yes', 'No'] },
    { key: 'q_site', kind: 'radio', label: 'Are you able to visit wind sites (climbing not required) a few times a year?', options: ['Yes', 'No'] },
    { key: 'q_hist', kind: 'select', label: 'Which historian have you used?', options: ['OSIsoft PI / AVEVA PI', 'GE Proficy', 'InfluxDB', 'TimescaleDB', 'None'] },
  ],
});

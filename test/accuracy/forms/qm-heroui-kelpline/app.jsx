import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Sensor Platform',
  team: 'Data Platform',
  where: 'San Francisco (hybrid) or remote in the US',
  blurb: [
    'Kelpline runs 140 autonomous surface drones that measure ocean temperature, salinity and kelp cover. Every drone reports once a minute; you will own the pipelines that turn those reports into the open datasets marine scientists rely on.',
    'You will work with two other data engineers and our oceanography team in Moss Landing.',
  ],
  yearsLabel: 'How many years have you worked in data engineering or a closely related role?',
  years: ['0–2', '3–5', '6–8', '9–12', '13+'],
  degrees: ['High school diploma or GED', 'Associate degree', 'Bachelor’s degree (BA, BS, BEng)', 'Master’s degree', 'PhD', 'No formal degree'],
  questionsHeading: 'A few questions from the team',
  questions: [
    { key: 'q_authorized', type: 'radio', label: 'Are you legally allowed to work in the United States for any employer?', options: ['Yes', 'No'] },
    {
      key: 'q_sponsor',
      type: 'radio',
      label: 'Will you need Kelpline to sponsor a work visa (for example H-1B or TN), now or later?',
      options: ['Yes, I will need sponsorship', 'No, I will not need sponsorship'],
    },
    { key: 'q_boat', type: 'toggle', label: 'Are you comfortable spending a day a quarter on a research vessel?', options: ['Yes', 'Maybe', 'No'] },
    {
      key: 'q_stack',
      type: 'checkboxes',
      label: 'Which of these have you run in production?',
      description: 'Select all that apply.',
      options: ['Apache Kafka', 'Apache Flink', 'TimescaleDB', 'Dagster', 'Parquet / Iceberg on S3'],
    },
    { key: 'q_incident', type: 'textarea', label: 'Tell us about a data incident you handled and what you changed afterwards.', placeholder: 'A few sentences is plenty.' },
    { key: 'q_relocate', type: 'switch', label: 'I would consider relocating to the Monterey Bay area' },
  ],
  salaryLabel: 'Desired base salary',
  salarySuffix: 'USD per year',
});

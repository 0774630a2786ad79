import { renderQingyun } from './form.js';

renderQingyun({
  team: 'Qingyun Motors North America R&D · Connected Vehicle',
  title: 'Senior Data Engineer, Vehicle Telemetry',
  location: 'San Jose, California, United States',
  blurb: 'Every Qingyun vehicle sends 4,000 signals a second. The San Jose connected-vehicle team builds the pipelines that turn them into battery-health, charging and over-the-air update insights for drivers in three continents.',
  countryLabel: 'Country/Region of residence',
  locationLabel: 'Current location',
  yearsLabel: 'Years of work experience',
  ranges: ['Under 3 years', '3–5 years', '5–8 years', '8+ years'],
  questionsTitle: 'Screening questions',
  skillsLabel: 'Big-data stack you have used',
  skills: ['Spark', 'Flink', 'Kafka', 'ClickHouse', 'Doris', 'Hive'],
  questions: [
    { id: 'q_auth', kind: 'radio', required: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes, I am authorized to work in the U.S.', 'No, I am not authorized to work in the U.S.'] },
    { id: 'q_sponsor', kind: 'select', required: true, label: 'Will you now or in the future require visa sponsorship (e.g. H-1B)?', options: ['Yes, I will require sponsorship', 'No, I will not require sponsorship'] },
    { id: 'q_mandarin', kind: 'buttons', required: false, label: 'Mandarin proficiency', options: ['None', 'Basic', 'Professional', 'Native'] },
    { id: 'q_export', kind: 'radio', required: false, label: 'This role may involve access to technology subject to U.S. export controls. Are you a U.S. person (citizen, permanent resident, refugee or asylee)?', options: ['Yes, I am a U.S. person', 'No, I am not a U.S. person'] },
    { id: 'q_project', kind: 'text', long: true, required: false, label: 'Describe the largest data pipeline you have built (volume, latency, stack).' },
  ],
});

import { renderWattle } from './form.js';

renderWattle({
  team: 'Digital & Data · Melbourne',
  title: 'Senior Data Engineer',
  location: 'Melbourne, VIC (Docklands, hybrid) · Permanent full-time',
  blurb: 'Wattle & Tide supplies renewable electricity and gas to 600,000 homes across Victoria, New South Wales and South Australia. Our data team builds the smart-meter pipelines, billing warehouse and demand forecasts behind every bill.',
  yearsLabel: 'Years of experience in a data engineering role',
  ranges: ['0-2 years', '3-5 years', '6-9 years', '10+ years'],
  bands: ['$120,000 – $140,000', '$140,000 – $160,000', '$160,000 – $180,000', '$180,000 – $200,000', '$200,000+'],
  questions: [
    { id: 'q_police', kind: 'radio', required: true, label: 'Are you willing to undergo a National Police Check?', options: ['Yes', 'No'] },
    { id: 'q_azure', kind: 'select', label: 'How would you rate your experience with Azure Data Factory?', options: ['No experience', 'Some exposure', 'Proficient', 'Expert'] },
    { id: 'q_why', kind: 'text', long: true, label: 'What interests you about the energy transition?' },
  ],
});

import { mount } from './careers.js';

mount({
  role: 'Senior Data Engineer, Sensor Platform',
  yearsLabel: 'Years of professional data engineering experience',
  authLabel: 'Are you legally authorized to work in the United States?',
  sponsorLabel: 'Will you now or in the future require visa sponsorship to work for Tidewell?',
  sponsorOptions: [
    { value: 'need', label: 'Yes, I will need sponsorship' },
    { value: 'no-need', label: 'No, I will not need sponsorship' },
  ],
  questions: [
    { key: 'q_4411', type: 'rate', label: 'How comfortable are you with time-series databases (InfluxDB, TimescaleDB)? 1 = never used, 5 = expert' },
    { key: 'q_4412', type: 'radio', label: 'This role goes to sea on a research vessel about twice a year (3–5 days). Is that workable for you?', options: ['Yes', 'No', "I'd like to discuss"] },
    { key: 'q_4413', type: 'text', label: 'Tell us about a data pipeline you built that had to survive bad or missing input.' },
  ],
});

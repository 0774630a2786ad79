import { mount } from './careers.js';

mount({
  role: 'Senior Data Engineer, Plant Analytics',
  yearsLabel: 'Years of experience as a data engineer',
  authLabel: 'Are you authorized to work in the U.S.?',
  sponsorLabel: 'Visa sponsorship',
  sponsorOptions: ['I will require sponsorship now or in the future', 'I do not require sponsorship now or in the future'],
  questions: [
    { key: 'q_plant_1', type: 'rate', label: 'How would you rate your experience with OT / historian data (PI, Ignition)?' },
    { key: 'q_plant_2', type: 'radio', label: 'Some weeks this role spends two days at the Stockton or Fresno plant. Can you travel there?', options: ['Yes', 'No', 'Occasionally'] },
  ],
});

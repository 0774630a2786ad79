import { mount } from './template.jsx';

mount({
  workCountry: 'the United States',
  askDob: false,
  before: [
    { key: 'q_current', label: 'Are you a current or former employee or contractor of Redgum Ridge Resources or Silver Sage Mining?', options: ['Yes', 'No'] },
  ],
  sponsorshipLabel: 'I will now or in the future need Redgum Ridge to sponsor a US work visa (e.g. H-1B, TN)',
  sponsorshipOptions: ['True', 'False'],
  sponsorshipButtons: true,
  questions: [
    { key: 'q_years', type: 'select', label: 'Years of experience building production data pipelines', options: ['Less than 2 years', '2–4 years', '5–6 years', '7+ years'], required: true },
    { key: 'q_roster', label: 'I am able to work an 8/6 roster on site in Elko during the six-month commissioning phase', options: ['Yes', 'No'] },
    { key: 'q_systems', type: 'checks', label: 'Which mine and fleet systems have you worked with? (select all that apply)', options: ['Modular Mining DISPATCH', 'Cat MineStar', 'Komatsu FrontRunner', 'AVEVA PI System', 'Wenco', 'None of these'] },
  ],
});

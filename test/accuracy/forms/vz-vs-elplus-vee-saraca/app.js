import { mount } from './template.js';

mount({
  title: 'Data Engineer, Revenue Systems (Sydney)',
  workCountry: 'Australia',
  askDob: false,
  startRequired: false,
  sponsorLabel: 'Will you require Saraca to sponsor an Australian work visa (e.g. Skills in Demand visa, subclass 482)?',
  before: [
    { key: 'q_former', label: 'Have you previously been employed by Saraca Hotels & Resorts or one of its managed properties?', options: ['Yes', 'No'], required: true },
  ],
  questions: [
    { key: 'q_years', type: 'buttons', label: 'Years of experience as a data engineer', options: ['0–2 years', '3–4 years', '5–6 years', '7+ years'], required: true },
    { key: 'q_office', label: 'I am able to work from our Barangaroo office at least three days a week.', options: ['Yes', 'No'] },
    { key: 'q_platforms', type: 'checks', label: 'Which hotel systems have you worked with? (select all that apply)', options: ['Opera PMS', 'IDeaS G3 RMS', 'Duetto', 'SiteMinder', 'Amadeus Demand360', 'None of the above'] },
    { key: 'q_why', label: 'Why Saraca, and why Sydney?' },
  ],
});

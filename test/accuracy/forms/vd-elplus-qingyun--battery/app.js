import { renderQingyun } from '../vd-elplus-qingyun/form.js';

renderQingyun({
  team: 'Qingyun Motors North America R&D · Battery Systems',
  title: 'Data Engineer, Battery Analytics',
  location: 'Ann Arbor, Michigan, United States · San Jose, California, United States',
  blurb: 'Our battery lab cycles 600 cells around the clock and our fleet reports state-of-health from 90,000 cars. Join the team that models degradation and warranty risk from both.',
  countryLabel: 'Nationality / Country of residence',
  locationLabel: 'Where do you live now?',
  yearsLabel: 'How many years of professional experience do you have?',
  ranges: ['0-2', '3-4', '5-7', '8-10', '10+'],
  questionsTitle: 'Additional questions',
  skillsLabel: 'Battery or BMS data formats you know',
  skills: ['MDF4', 'CAN DBC', 'Arbin', 'Maccor', 'Neware'],
  questions: [
    { id: 'q_sponsorship2', kind: 'radio', required: true, label: 'Do you need Qingyun to sponsor a visa for you, now or in the future?', options: ['No, I do not need visa sponsorship', 'Yes, I need visa sponsorship'] },
    { id: 'q_employed', kind: 'buttons', required: true, label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_authorized2', kind: 'select', required: true, label: 'Are you eligible to work in the U.S. without restrictions?', options: ['No, I am not eligible', 'Yes, I am eligible to work in the U.S.'] },
    { id: 'q_relocate', kind: 'radio', required: false, label: 'Would you relocate to Ann Arbor, Michigan?', options: ['Yes, I would relocate', 'No, I would not relocate', 'I already live in Michigan'] },
    { id: 'q_portfolio', kind: 'text', required: false, label: 'Portfolio or personal website', placeholder: 'https://' },
  ],
});

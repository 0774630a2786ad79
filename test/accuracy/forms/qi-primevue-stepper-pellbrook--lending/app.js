import { mountPosting } from '../qi-primevue-stepper-pellbrook/template.js';

mountPosting({
  team: 'Consumer Lending · Portland, OR',
  title: 'Data Engineer, Lending Decisioning',
  where: 'Portland, OR (hybrid) · Full-time',
  intro: 'Every auto loan and HELOC application a member starts runs through our decisioning data. You will build the feeds behind credit-policy reporting, early-delinquency alerts and the fair-lending reviews our examiners ask for.',
  yearOptions: ['Under 3 years', '3 to 6 years', '7 to 9 years', '10 years or more'],
  questions: [
    { key: 'q_fairlending', kind: 'radio', label: 'Have you prepared data for HMDA or fair-lending reporting?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'q_bureau', kind: 'select', label: 'Which credit bureau data have you worked with most?', options: ['Equifax', 'Experian', 'TransUnion', 'All three', 'None'] },
    { key: 'q_collections', kind: 'radio', label: 'Are you comfortable joining quarterly reviews with the collections team?', options: ['Yes', 'No'] },
    { key: 'q_model', kind: 'text', label: 'Tell us about a time your data changed a credit decision.' },
  ],
});

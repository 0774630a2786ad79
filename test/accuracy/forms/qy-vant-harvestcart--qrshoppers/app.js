/*
 * Harvest Cart, In-Store Shopper (part-time, hourly): the same quick-apply template with a store
 * picker, food-handler and rehire questions, and a stepper for years in retail or grocery.
 */
import { mountApplication } from '../qy-vant-harvestcart/template.js';

mountApplication({
  title: 'In-Store Shopper – Part-Time, Weekends',
  where: 'San Francisco stores · 15–29 hours a week',
  pay: '$21.75/hr + weekend premium',
  kind: 'Hourly · Part-time',
  blurb: 'Shop customer orders aisle by aisle with our handheld app, pick the best produce and stage bags for pickup. Paid training on your first two shifts. Applying takes about 3 minutes.',
  siteTitle: 'Your store',
  siteLabel: 'Which store is closest to you?',
  sites: [
    { name: 'SF – Potrero Hill', address: '450 Rhode Island St' },
    { name: 'SF – Inner Richmond', address: '3950 Geary Blvd' },
    { name: 'SF – Bernal Heights', address: '3201 Mission St' },
    { name: 'Daly City – Serramonte', address: '133 Serramonte Center' },
  ],
  shifts: ['Opening (6am–12pm)', 'Midday (11am–5pm)', 'Closing (4pm–10pm)'],
  startWindows: ['Right away', 'Within 14 days', 'In 15–45 days', 'In 46–90 days', 'More than 90 days from now'],
  yearsLabel: 'Years of retail or grocery experience',
  questions: [
    { key: 'otherJob', type: 'radio', label: 'Do you have another job right now?', options: ['Yes', 'No'] },
    { key: 'foodCard', type: 'radio', label: 'Do you hold a California Food Handler card?', options: ['Yes', 'No', 'I can get one within 30 days'] },
    { key: 'spanish', type: 'switch', label: 'I can help customers in Spanish', hint: 'Bilingual shoppers earn $1/hr more.' },
    { key: 'rehire', type: 'radio', label: 'Have you worked for Harvest Cart before?', options: ['No', 'Yes – in a store', 'Yes – in a warehouse'] },
  ],
});

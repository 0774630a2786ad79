/*
 * Harvest Cart, Fulfillment Associate (hourly, warehouse): the quick-apply template with a
 * warehouse picker, forklift and lifting questions, and a stepper for years in a warehouse.
 */
import { mountApplication } from './template.js';

mountApplication({
  title: 'Fulfillment Associate – Nights & Weekends',
  where: 'South San Francisco & East Bay warehouses · Part-time or full-time',
  pay: '$22.50–$25.75/hr',
  kind: 'Hourly',
  blurb: 'Pick, pack and load grocery orders in a cold-chain warehouse. Weekly pay, shift swaps in the app, and a free produce box every Friday. Applying takes about 3 minutes.',
  siteTitle: 'Pick your warehouse',
  siteLabel: 'Which warehouse would you like to work at?',
  sites: [
    { name: 'South San Francisco – Oyster Point', address: '395 Oyster Point Blvd' },
    { name: 'Oakland – Embarcadero', address: '1 Embarcadero W' },
    { name: 'Hayward – Industrial Pkwy', address: '2600 Industrial Pkwy W' },
  ],
  shifts: ['Early (5am–1pm)', 'Day (9am–5pm)', 'Swing (2pm–10pm)', 'Overnight (10pm–6am)'],
  startWindows: ['Right away', 'Within 7 days', 'In 8–14 days', 'In 15–30 days', 'In 31–60 days', 'More than 60 days from now'],
  yearsLabel: 'Years working in a warehouse, store or kitchen',
  questions: [
    { key: 'lift50', type: 'radio', label: 'Can you lift up to 50 lbs repeatedly during a shift?', options: ['Yes', 'No'] },
    { key: 'forklift', type: 'radio', label: 'Do you have a current forklift / pallet-jack certification?', options: ['Yes', 'No', 'Not yet, but willing to learn'] },
    { key: 'coldOk', type: 'switch', label: 'I’m OK working in a 34°F cooler for part of my shift', hint: 'We provide insulated jackets and gloves.' },
  ],
});

/*
 * Harvest Cart, Delivery Driver (gig-style hourly, your own car): the same quick-apply template
 * with a delivery-zone picker, driver's license / own vehicle / insurance questions, and a
 * stepper for years of work experience in any job.
 */
import { mountApplication } from '../qy-vant-harvestcart/template.js';

mountApplication({
  title: 'Delivery Driver – Use Your Own Car',
  where: 'San Francisco & Peninsula · Flexible hours',
  pay: '$24/hr + tips + mileage',
  kind: 'Hourly · Flexible',
  blurb: 'Deliver grocery orders in 2-hour blocks you pick in the app. Keep 100% of your tips; mileage paid at the IRS rate. Applying takes about 3 minutes.',
  siteTitle: 'Delivery zone',
  siteLabel: 'Which zone do you want to deliver in?',
  sites: [
    { name: 'San Francisco – North & Central', address: 'Marina, SoMa, Mission, Castro' },
    { name: 'San Francisco – South & West', address: 'Sunset, Excelsior, Bayview' },
    { name: 'Peninsula', address: 'Daly City to San Mateo' },
  ],
  shifts: ['Mornings', 'Lunch rush', 'Afternoons', 'Dinner rush', 'Late night'],
  startWindows: ['This week', 'Within 2 weeks', 'In 2 to 4 weeks', 'In 1 to 2 months', 'Not sure yet'],
  yearsLabel: 'Years of work experience (any job)',
  questions: [
    { key: 'license', type: 'radio', label: 'Do you have a valid US driver’s license held for at least 2 years?', options: ['Yes', 'No'] },
    { key: 'vehicle', type: 'radio', label: 'What will you deliver with?', options: ['My own car', 'A car I borrow or rent', 'Bike / e-bike', 'I don’t have a vehicle'] },
    { key: 'insured', type: 'switch', label: 'My vehicle has current auto insurance in my name', hint: 'We’ll ask for a photo of your card later.' },
    { key: 'background', type: 'radio', label: 'Do you agree to a background and driving-record check?', options: ['Yes', 'No'] },
  ],
});

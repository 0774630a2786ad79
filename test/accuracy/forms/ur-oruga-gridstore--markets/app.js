import { mountPosting } from '../ur-oruga-gridstore/template.js';

mountPosting({
  title: 'Data Engineer, Energy Markets',
  team: 'Trading & Optimization',
  location: 'Houston, TX (hybrid, 3 days on site)',
  req: 'AMP-0437',
  blurb: [
    'Our batteries earn their keep by charging when power is cheap and discharging when the grid needs it most. The Trading & Optimization team bids the fleet into ERCOT and CAISO every five minutes.',
    'You will build the pipelines behind those bids: market prices, settlement statements and weather forecasts, joined with the state of charge of every plant.',
  ],
  yearsLabel: 'How much data engineering experience do you have? *',
  years: ['Under 3 years', '3 to 6 years', '7 to 10 years', 'Over 10 years'],
  sponsorYes: 'Yes — I will require sponsorship (e.g. H-1B) to work for Ampelmoor',
  sponsorNo: 'No — I won’t require sponsorship now or in the future',
  questions: [
    { id: 'q_90317', kind: 'select', label: 'Which ISO market data have you worked with most?', options: ['ERCOT', 'CAISO', 'PJM', 'MISO', 'NYISO', 'ISO-NE', 'None yet'] },
    { id: 'q_90318', kind: 'check', label: 'I can be on site in Houston three days a week' },
    { id: 'q_90319', kind: 'radio', label: 'Do you hold, or have you held, a Series 3 or other commodities licence?', options: ['Yes', 'No'] },
    { id: 'q_90320', kind: 'text', label: 'What would you want to know about a market before building its first pipeline?' },
  ],
});

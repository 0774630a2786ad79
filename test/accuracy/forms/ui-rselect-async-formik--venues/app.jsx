import { renderPosting } from '../ui-rselect-async-formik/template.jsx';

renderPosting({
  title: 'Data Engineer II — Venue & Ticketing Data',
  office: 'San Francisco office or remote (US West Coast)',
  team: 'Partner Data',
  intro: 'We ingest gate scans and ticketing feeds from 300 stadiums. Partner Data keeps those feeds clean enough for clubs to price their next season from.',
  yearsLabel: 'How long have you worked with data professionally?',
  years: ['Under 2 years', '2 to 4 years', '5 to 7 years', '8 years or more'],
  teams: [
    { label: 'Data', options: [{ value: 'ingest', label: 'Ingestion' }, { value: 'quality', label: 'Data Quality' }] },
    { label: 'Commercial', options: [{ value: 'partnerships', label: 'Partnerships' }] },
  ],
  questions: [
    { key: 'q_410_tools', kind: 'multi', label: 'Which ticketing platforms have you integrated with?', options: ['Ticketmaster', 'AXS', 'SeatGeek', 'Tixr', 'None'] },
    { key: 'q_411_employed', kind: 'select', label: 'Are you employed at the moment?', options: ['Yes, full-time', 'Yes, part-time or contract', 'No'] },
    { key: 'q_412_weekend', kind: 'select', label: 'Match days fall on weekends. Could you be on call for two weekends a month?', options: ['Yes', 'No', 'Let’s discuss'] },
    { key: 'q_413_hard', kind: 'text', label: 'Describe a messy data feed you tamed.' },
  ],
});

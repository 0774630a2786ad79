import { mount } from '../tb-muiformik-phone-calloway/careers.jsx';

mount({
  title: 'Analytics Engineer, Imaging Data (US)',
  yearsLabel: 'Total years of work experience',
  years: ['1–4', '5–9', '10–14', '15+'],
  authLabel: 'I can work in the US without restrictions',
  sponsorLabel: 'I require an H-1B transfer or other sponsorship',
  salaryLabel: 'Target base pay',
  sitesLabel: 'Preferred partner site (optional)',
  sites: ['UCSF Mission Bay partner office', 'Stanford Medicine partner office', 'Remote (US)'],
});

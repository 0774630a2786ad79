import { renderPosting } from './template.jsx';

renderPosting({
  company: 'Saltmeadow',
  team: 'Data & ML Platform',
  where: 'Hybrid · San Francisco / Remote US',
  title: 'Staff Data Engineer, Payments Data',
  blurb: 'Saltmeadow runs payroll and card programs for 40,000 small businesses across the US and Canada. Payments Data owns the ledgers, reconciliations and the warehouse our finance and risk teams depend on.',
  phoneLabel: 'Mobile number',
  phoneCountry: 'ca',
  metroLabel: 'Which metro area are you in?',
  metroHint: 'Pick the closest one',
  metros: ['Austin', 'Chicago', 'Greater Los Angeles', 'New York City', 'San Francisco Bay Area', 'Seattle', 'Toronto', 'Remote – elsewhere in the US'],
  portfolioLabel: 'Portfolio or personal site',
  yearsLabel: 'Years of data engineering experience',
  years: ['Under 2', '2 – 4', '5 – 6', '7 – 9', '10 or more'],
  salaryLabel: 'Target base salary',
  availableLabel: 'Available from',
  authLabel: 'Your work authorization in the US',
  authOptions: [
    ['citizen_pr', 'Authorized, no sponsorship needed', 'Citizen, permanent resident, or a visa that lets you work for any employer'],
    ['needs_transfer', 'Authorized, but my visa would need to be transferred', 'For example H-1B transfer'],
    ['not_authorized', 'Not currently authorized', 'You would need a new visa to work in the US'],
  ],
  sponsorLabel: 'I will need Saltmeadow to sponsor a visa, now or in the future',
  pronouns: ['she/her', 'he/him', 'they/them', 'xe/xem'],
  motivationLabel: 'What would you want to fix first in a payments data platform?',
  sources: ['LinkedIn', 'Saltmeadow blog', 'Referral', 'Hacker News', 'Recruiter outreach', 'Other'],
});

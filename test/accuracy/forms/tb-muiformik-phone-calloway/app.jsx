import { mount } from './careers.jsx';

mount({
  title: 'Senior Data Engineer, Clinical Data Platform (US)',
  yearsLabel: 'Years of relevant experience',
  years: ['Less than 3', '3 to 6', '7 to 10', 'More than 10'],
  authLabel: 'I am legally authorized to work in the United States',
  sponsorLabel: 'I will need Calloway Health to sponsor a work visa, now or in the future',
  salaryLabel: 'Desired annual salary',
  sitesLabel: 'Which of our sites could you work from? (select all that apply)',
  sites: ['Toronto HQ', 'UCSF Mission Bay partner office', 'Denver Health partner office', 'Remote (US)'],
});

import { renderApplication } from '../kx-rac-choices/application.jsx';

renderApplication({
  title: 'Analytics Engineer, Network Planning',
  company: 'Halyard Freight Tech',
  where: 'Chicago, IL or remote in the US · Full-time',
  phoneHint: 'Digits only, no country code (e.g. 5550100199)',
  questionsTitle: 'Screening questions',
  toggles: [
    { name: 'authorized', label: 'Can you work in the US for any employer without restriction?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { name: 'sponsorship', label: 'Do you need H-1B or other visa sponsorship to keep working in the US?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { name: 'onCall', label: 'Are you willing to be on call one weekend a month during peak season?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { name: 'salaryBand', label: 'Desired annual base pay', required: true, options: [['a', '$110k–$135k'], ['b', '$135k–$155k'], ['c', '$155k–$175k'], ['d', '$175k+']] },
  ],
  cards: [
    { name: 'region', label: 'Where in the US are you located?', options: [['west', 'US – West', 'CA, OR, WA, NV, AZ'], ['mountain', 'US – Mountain', 'CO, UT, ID, MT, NM'], ['central', 'US – Central', 'IL, TX, MN, MO'], ['east', 'US – East', 'NY, MA, GA, FL'], ['outside', 'Outside the US', '']] },
    { name: 'education', label: 'Highest degree completed', options: [['none', 'No degree', ''], ['two', '2-year degree', 'AA, AS'], ['four', '4-year degree', 'BA, BS'], ['grad', 'Graduate degree', 'MS, MBA, PhD']] },
  ],
  yearsLabel: 'Total years of professional experience',
  yearsMax: 20,
  many: [
    { name: 'peakShifts', label: 'Which peak-season coverage shifts could you take? (select all that apply)', options: [['early', 'Early (5a–1p)'], ['late', 'Late (1p–9p)'], ['weekend', 'Weekends']] },
    { name: 'employment', label: 'Employment types you would consider (select all that apply)', options: [['ft', 'Full-time'], ['ct', 'Contract'], ['c2h', 'Contract-to-hire']] },
  ],
  ratingsTitle: 'How comfortable are you with… (1 = not yet, 5 = very)',
  ratings: [
    { name: 'rateLooker', label: 'Looker' },
    { name: 'rateOr', label: 'Operations research / optimization' },
  ],
  switches: [
    { name: 'relocate', label: "I'm open to relocating to Chicago" },
    { name: 'talentPool', label: 'Email me about future openings at Halyard' },
  ],
});

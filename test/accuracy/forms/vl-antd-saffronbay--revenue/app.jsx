import { renderSaffron } from '../vl-antd-saffronbay/form.jsx';

renderSaffron({
  team: 'Commercial · Revenue Management',
  title: 'Revenue Analytics Manager, Americas',
  location: 'Honolulu, HI or Los Angeles, CA · Full-time',
  blurb: 'Our revenue team sets room rates for every Saffron Bay property. You will own the forecasting datasets behind pricing for our California and Hawaii hotels.',
  yearsLabel: 'How many years of experience do you have in total?',
  authLabel: 'Can you work in the US for any employer today?',
  authOptions: ['Yes — no restrictions', 'Only with my current employer’s visa', 'No'],
  sponsorLabel: 'Will you need immigration sponsorship from us, now or later?',
  sponsorOptions: ['I will not need sponsorship', 'I will need sponsorship'],
  questions: [
    { id: 'q_str', kind: 'select', label: 'How often have you used STR / CoStar benchmarking reports?', options: ['Never', 'Occasionally', 'Weekly', 'Daily'] },
    { id: 'q_weekend', kind: 'radio', label: 'Rate reviews run on Sunday evenings during peak season. Are you available for that?', options: ['Yes', 'No'] },
    { id: 'q_pricing', kind: 'textarea', label: 'Describe a pricing decision you influenced with data.' },
  ],
});

import { renderApplication } from '../wn-antd-autocomplete-corriedale/template.jsx';

renderApplication({
  title: 'Data Engineer, Market Forecasting (US)',
  team: 'Trading & Optimisation',
  where: 'Oakland, CA or San Diego, CA (hybrid)',
  intro: 'Our batteries earn money by charging when power is cheap and discharging when the grid needs it. You will build the market-data and weather pipelines behind the price forecasts that decide every bid we place in CAISO.',
  yearsLabel: 'Total years of professional experience',
  offices: ['Oakland, CA', 'San Diego, CA', 'Edinburgh, UK'],
  questions: [
    { key: 'authUS', type: 'buttons', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'sponsorUS', type: 'buttons', label: 'Will you now or in the future require sponsorship for a US employment visa (e.g. H-1B)?', options: ['Yes', 'No'] },
    { key: 'caiso', type: 'buttons', label: 'Have you worked with CAISO or other ISO market data before?', options: ['Yes', 'No'] },
    { key: 'onboarding', type: 'radio', label: 'New starters spend their first two weeks in Edinburgh. Can you travel for that?', options: ['Yes', 'No', 'Not in my first month'] },
    { key: 'forecastStory', type: 'text', label: 'Tell us about a forecast you shipped that turned out wrong, and what you changed.' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Asset Performance',
  team: 'Digital Operations',
  where: 'Houston, TX or remote (US)',
  intro: [
    'Kinloch operates offshore wind and gas assets in the North Sea and, since 2022, three wind farms off the US East Coast.',
    'Our asset performance team turns SCADA, vibration and maintenance data from 600 turbines into the forecasts that keep them turning. You will own the streaming pipelines and the models behind them.',
  ],
  yearsLabel: 'Years of data engineering experience',
  years: ['0-1 yrs', '2-4 yrs', '5-7 yrs', '8-10 yrs', '10+ yrs'],
  sitesLabel: 'Which of these locations would you work from?',
  sites: ['Houston, TX', 'Boston, MA', 'Aberdeen, UK', 'Remote (US)'],
  motivationLabel: 'Why are you interested in the energy transition?',
  questions: [
    { key: 'scada', label: 'Have you worked with SCADA or OT historian data (e.g. PI System)?', options: ['Yes', 'No'] },
    { key: 'offshore', label: 'Would you be willing to complete BOSIET offshore survival training?', options: ['Yes', 'No', 'Not sure'] },
  ],
});

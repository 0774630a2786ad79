import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Freight Visibility',
  team: 'Digital & Data',
  where: 'Oakland, CA (hybrid, 3 days on site)',
  intro: [
    'Meridale Freight moves 1.2 million containers a year between Rotterdam, Antwerp and the US West Coast. Our visibility platform tells shippers where their cargo is, down to the terminal gate.',
    'You will own the pipelines that ingest carrier EDI (315, 214), AIS vessel positions and terminal events, and model them into ETAs our customers can trust.',
  ],
  yearsLabel: 'How many years of professional experience do you have in data engineering?',
  years: ['Less than 1 year', '1-3 years', '3 to 5 years', '5+ years'],
  locationsLabel: 'Which of these locations would you work from?',
  locations: ['Oakland, CA', 'Long Beach, CA', 'Houston, TX', 'Newark, NJ', 'Rotterdam, NL'],
  whyLabel: 'Why do you want to join Meridale Freight?',
  questions: [
    { key: 'edi', label: 'Have you worked with EDI messages (X12 or EDIFACT) before?', options: ['Yes, extensively', 'Some exposure', 'No'], required: true },
    { key: 'travel', label: 'This role includes two trips a year to Rotterdam. Are you able to travel internationally?', options: ['Yes', 'No'] },
  ],
});

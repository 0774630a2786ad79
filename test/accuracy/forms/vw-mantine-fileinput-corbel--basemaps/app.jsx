import { renderApplication } from '../vw-mantine-fileinput-corbel/template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Basemaps',
  team: 'Map Data',
  where: 'Remote (US)',
  intro:
    'Our basemaps merge OpenStreetMap, parcel and elevation data every night. Own the pipelines that build the tiles, and the checks that stop a bad import from erasing a river.',
  coverLetter: 'text',
  portfolio: false,
  photo: true,
  parseDelay: 700,
  yearsLabel: 'Years building data pipelines',
  years: ['1–3', '4–6', '7–9', '10+'],
  relocateLabel: 'I can travel to Brooklyn once a quarter',
  essayLabel: 'Tell us about a data quality failure you caught before it shipped.',
});

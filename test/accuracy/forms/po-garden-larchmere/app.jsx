import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Map Data Pipelines',
  meta: 'Remote — Canada or US (Pacific or Mountain time) · Full-time',
  blurb: 'Larchmere ships map tiles to 3,000 apps. The Map Data team ingests OpenStreetMap diffs, parcel data and imagery every hour and keeps the planet-sized build green.',
  questions: [
    { type: 'select', key: 'q_zone', label: 'Which time zone do you work in?', options: ['Pacific Time', 'Mountain Time', 'Central Time', 'Eastern Time', 'Atlantic Time', 'Other'] },
    { type: 'radio', key: 'q_employed', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { type: 'select', key: 'q_postgis', label: 'How much hands-on PostGIS experience do you have?', options: ['None', 'Some (side projects)', '1–3 years in production', 'More than 3 years in production'] },
    { type: 'textarea', key: 'q_osm', label: 'Have you contributed to OpenStreetMap or another open data project? Tell us about it.' },
  ],
});

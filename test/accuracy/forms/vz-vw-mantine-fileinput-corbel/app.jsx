import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Data Engineer, Elevation & Terrain',
  team: 'Map Data',
  where: 'Remote (US) · Portland, OR hub',
  intro:
    'Our terrain layers turn lidar surveys and national elevation models into hillshades, contours and slope tiles used by park services and trail apps. Build the raster pipelines behind them and keep a 40 TB archive reproducible.',
  coverLetter: 'text',
  portfolio: false,
  photo: false,
  askTitle: false,
  questionsFirst: true,
  parseDelay: 1000,
  yearsLabel: 'Years of experience in data engineering',
  years: ['Under 2 years', '2–4 years', '5–6 years', '7+ years'],
  timezoneLabel: 'Which US time zone do you work in?',
  timezones: ['Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)'],
  shippedLabel: 'Which of these have you used in production? (select all that apply)',
  shipped: ['GDAL / rasterio', 'PostGIS', 'Cloud Optimized GeoTIFF', 'PDAL (point clouds)', 'Apache Sedona'],
  onCallLabel: 'I am comfortable joining the pipeline on-call rotation (one week in six)',
  relocateLabel: 'I can attend the Portland hub for a planning week each quarter',
  essayLabel: 'Tell us about a raster or geospatial dataset you wrangled, and what went wrong.',
});

/* This posting's text and custom questions. */
export const POSTING = {
  title: 'Staff Data Engineer, Wildfire Exposure',
  team: 'Hazard Data',
  place: 'Remote (US) · Boulder or San Francisco hubs',
  blurb: 'Our wildfire score blends fuel maps, weather reanalysis and building footprints for every parcel in the western US. You will own the nightly rebuild and the checks that keep it honest.',
  authQuestion: 'Do you have the right to work in the US without restriction?',
  checksQuestion: 'Which of these data sources have you worked with?',
  checks: ['Satellite imagery (Landsat / Sentinel)', 'Weather reanalysis (ERA5)', 'Parcel / assessor records', 'Insurance claims', 'None of these'],
  checksKey: 'sources',
  relocateLabel: 'I am open to relocating to Boulder, CO',
  tools: ['Python', 'SQL', 'Spark', 'Rasterio', 'GDAL', 'BigQuery', 'Dagster', 'Terraform'],
  essayKey: 'fireQuestion',
  essayLabel: 'Tell us about a model input you rebuilt because you did not trust it.',
};

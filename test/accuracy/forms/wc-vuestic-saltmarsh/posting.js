/* This posting's text and custom questions. */
export const POSTING = {
  title: 'Senior Data Engineer, Coastal Modelling',
  team: 'Risk Science',
  place: 'Remote (US) · San Francisco or Charleston hubs',
  blurb: 'Saltmarsh scores flood and storm-surge risk for 140 million US parcels. You will build the pipelines that join tide gauges, elevation models and claims history for our coastal models.',
  authQuestion: 'Are you legally authorized to work in the United States?',
  checksQuestion: 'Which geospatial formats have you processed at scale?',
  checks: ['GeoTIFF / COG', 'NetCDF', 'GeoParquet', 'Shapefile', 'LAS / LAZ'],
  checksKey: 'formats',
  relocateLabel: 'I would relocate to Charleston, SC',
  tools: ['Python', 'SQL', 'Spark', 'Dask', 'xarray', 'PostGIS', 'Airflow', 'dbt'],
  essayKey: 'floodQuestion',
  essayLabel: 'Which climate dataset do you wish were better, and why?',
};

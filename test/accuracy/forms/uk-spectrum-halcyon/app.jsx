import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Imagery Pipelines',
  where: 'Seattle, WA or remote (US)',
  team: 'Platform',
  office: 'Seattle',
  questions: [
    { key: 'q_geo', type: 'radio', label: 'Have you shipped production code that handles geospatial data (PostGIS, GeoParquet, rasters)?', options: [['yes', 'Yes'], ['no', 'Not yet']] },
    { key: 'q_tz', type: 'picker', label: 'Which time zone do you work in?', options: [['pt', 'Pacific (UTC−8)'], ['mt', 'Mountain (UTC−7)'], ['ct', 'Central (UTC−6)'], ['et', 'Eastern (UTC−5)'], ['intl', 'Outside the US']] },
    { key: 'q_pronouns', type: 'text', label: 'Pronouns (optional)', description: 'We’ll use them in every email we send you.' },
    { key: 'q_github', type: 'text', label: 'Link to your GitHub profile' },
    { key: 'q_stack', type: 'checks', label: 'Which of these have you run in production?', options: [['spark', 'Spark'], ['dask', 'Dask'], ['gdal', 'GDAL'], ['airflow', 'Airflow'], ['k8s', 'Kubernetes']] },
    { key: 'q_maps', type: 'textarea', label: 'What draws you to working on maps?' },
  ],
});

import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Map Data',
  team: 'Map Platform',
  where: 'San Francisco, CA or remote in the US',
  blurb: 'Map Data merges open data, imagery-derived features and partner feeds into the map millions of drivers use every day. You will own the conflation pipelines and the quality checks that keep it fresh.',
  questions: [
    { key: 'q_1201', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'q_1202', type: 'select', label: 'Do you require visa sponsorship?', options: ["No, I don't", 'Yes, now', 'Yes, in the future'] },
    { key: 'q_1204', type: 'radio', label: 'Total years of professional experience', options: ['Less than 3', '3–5', '6–8', '9 or more'] },
    { key: 'q_1203', type: 'select', label: 'Years working with geospatial or location data', options: ['None', 'Less than 1', '1–3', '4–6', '7+'] },
    { key: 'q_1205', type: 'select', label: 'Highest education', options: ['High school', 'Some college', 'Associate degree', "Bachelor's degree", "Master's degree", 'Doctorate'] },
    { key: 'q_1206', type: 'textarea', label: "Tell us about a dataset you're proud of" },
  ],
});

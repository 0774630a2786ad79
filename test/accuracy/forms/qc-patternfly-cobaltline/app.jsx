import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Senior Data Engineer, Fleet Telemetry',
  team: 'Hybrid Cloud Insights',
  where: 'Remote, United States',
  jobId: 'R-038811',
  blurb: 'Fleet Telemetry collects anonymised health data from millions of clusters. You will own the streaming pipelines and the lakehouse tables our product teams and support engineers rely on.',
  questions: [
    { key: 'q_30117', type: 'radio', inline: true, label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'] },
    { key: 'q_30118', type: 'radio', inline: true, label: 'Will you now or in the future require Cobaltline to sponsor an employment visa (for example H-1B) for this role?', options: ['Yes', 'No'] },
    { key: 'q_30121', type: 'radio', label: 'How many years of professional experience do you have in data engineering?', options: ['Less than 2 years', '2 – 4 years', '5 – 7 years', '8 – 10 years', 'More than 10 years'] },
    { key: 'q_30124', type: 'select', label: 'Highest level of education completed', options: [['', 'Select one'], ['hs', 'High school diploma or GED'], ['assoc', "Associate's degree"], ['ba', "Bachelor's (BA/BS) or equivalent"], ['ms', "Master's degree"], ['phd', 'Doctorate (PhD)']] },
    { key: 'q_30127', type: 'radio', inline: true, label: 'This role includes occasional travel to our Raleigh, NC office (up to 10%). Is that OK for you?', options: ['Yes', 'No'] },
    { key: 'q_30129', type: 'textarea', label: 'Which open source projects have you contributed to, if any?' },
  ],
});

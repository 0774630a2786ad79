import { renderApplication } from '../ph-mantine-cards-quillmere/template.jsx';

renderApplication({
  title: 'Analytics Engineer, Growth',
  meta: 'Remote (Canada or US) · Toronto, ON',
  blurb: 'Own the funnel models behind Quillmere’s self-serve sign-ups: attribution, trial-to-paid and churn, from event stream to the dashboards marketing lives in.',
  questions: [
    { type: 'segmented', key: 'sqlPipelines', label: 'Years building data pipelines with SQL', options: ['0–2', '3–5', '6–8', '9+'] },
    { type: 'select', key: 'timeZone', label: 'Which time zone do you work in?', placeholder: 'Pick one', options: ['Newfoundland (NT)', 'Atlantic (AT)', 'Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska (AKT)', 'Hawaii (HT)'] },
    { type: 'cards', key: 'teamShape', label: 'Which team shape suits you best?', options: [
      { value: 'embedded', title: 'Embedded', desc: 'Sit with marketing, ship what they need this week.' },
      { value: 'platform', title: 'Platform', desc: 'Build the models everyone else builds on.' },
      { value: 'either', title: 'Either', desc: 'Depends on the quarter.' },
    ] },
    { type: 'toggle', key: 'travel', label: 'Travel', toggleText: 'Happy to visit Toronto monthly' },
  ],
});

import { mount } from '../px-fluent8-corbelstone/template.jsx';

mount({
  job: 'Data Engineer II, Grid Planning',
  yearsLabel: 'Total years of work experience in data or software engineering',
  toggleLabel: 'Would you travel to substations and field offices up to 10% of the time?',
  questions: [
    {
      id: 'q_tz',
      type: 'dropdown',
      label: 'Which time zone do you work in?',
      options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska (AKT)', 'Hawaii (HT)'],
    },
    {
      id: 'q_employed',
      type: 'choice',
      label: 'Are you currently employed?',
      options: ['Yes', 'No'],
    },
    {
      id: 'q_gis',
      type: 'choice',
      label: 'Do you have experience working with GIS or geospatial data (e.g. ArcGIS, PostGIS)?',
      options: ['Yes, extensive', 'Some', 'None'],
    },
    {
      id: 'q_notice',
      type: 'short',
      label: 'What is your notice period with your current employer?',
    },
  ],
});

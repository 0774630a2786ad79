import { renderAlpenmilch } from '../vl-elplus-vee-alpenmilch/form.js';

renderAlpenmilch({
  team: 'Alpenmilch USA · Demand Planning',
  title: 'Demand Planning Data Analyst',
  location: 'Green Bay, Wisconsin (on-site) · Full-time',
  blurb: 'Our planners forecast demand for 400 cheese and yoghurt products. You will build the forecasting datasets and the weekly S&OP reporting.',
  yearsLabel: 'How many years of work experience do you have?',
  buckets: ['Less than 2 years', '2–5 years', '5–8 years', 'More than 8 years'],
  authLabel: 'Can you legally take up employment in the US?',
  authOptions: ['Yes — no restrictions apply', 'Yes — but my permit is tied to my current employer', 'No'],
  sponsorLabel: 'Will Alpenmilch need to file an immigration petition for you, now or later?',
  sponsorOptions: ['No petition will be needed', 'Yes, a petition will be needed'],
  questions: [
    { id: 'q_sap', kind: 'select', label: 'Experience with SAP IBP or APO', options: ['None', 'Some', 'Extensive'] },
    { id: 'q_plant', kind: 'radio', label: 'This role is on-site at the Green Bay plant five days a week. Is that possible for you?', options: ['Yes', 'No'] },
    { id: 'q_forecast', kind: 'text', label: 'Describe a forecast you built that turned out wrong, and what you learned.' },
  ],
});

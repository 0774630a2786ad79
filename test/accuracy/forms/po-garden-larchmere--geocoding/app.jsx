import { renderApplication } from '../po-garden-larchmere/template.jsx';

renderApplication({
  title: 'Data Engineer, Geocoding Quality',
  meta: 'Remote — Canada or US · Full-time',
  blurb: 'When someone types an address into an app built on Larchmere, our geocoder has 40 ms to find it. The Geocoding Quality team measures how often it gets it right, in 60 countries, and builds the datasets that make it better.',
  questions: [
    { type: 'radio', key: 'q_onsite', label: 'Once a quarter the team meets in Vancouver for three days. Can you join?', options: ['Yes', 'No', 'Some of the time'] },
    { type: 'multi', key: 'q_langs', label: 'Address formats you have worked with', options: ['Canada Post', 'USPS', 'Royal Mail PAF', 'Japanese addresses', 'Other'] },
    { type: 'select', key: 'q_years_band', label: 'How long have you worked as a data engineer or in a similar role?', options: ['Under 3 years', '3–6 years', '7–10 years', 'Over 10 years'] },
    { type: 'text', key: 'q_salary_cad', label: 'If you live in Canada: salary expectation in CAD', help: 'Leave blank if you are in the US' },
    { type: 'textarea', key: 'q_eval', label: 'How would you measure whether a geocoder got better after a release?' },
  ],
});

import { renderApply } from '../rk-icims-2026/apply.jsx';

renderApply({
  company: 'Marrowfield Health Partners',
  job: 'Data Integration Engineer - Revenue Cycle',
  steps: {
    education: ['High School or GED', 'Some College', 'Associates', 'Bachelors', 'Masters', 'Doctorate'],
    questions: [
      { name: 'rcf4102', kind: 'radios', label: 'Are you eligible to work in the U.S.?', options: ['Yes', 'No'], required: true },
      { name: 'rcf4103', kind: 'select', label: 'Do you require visa sponsorship?', options: ['Yes, now', 'Yes, in the future', 'No'], required: true },
      { name: 'rcf4105', kind: 'radios', label: 'Years of experience in data integration or ETL development', options: ['0-2 years', '3-5 years', '6-9 years', '10+ years'], required: true },
      { name: 'rcf4106', kind: 'radios', label: 'Do you have experience building HL7 or FHIR interfaces?', options: ['Yes', 'No'], required: true },
      { name: 'rcf4108', kind: 'radios', label: 'This remote role supports our Eastern time zone revenue-cycle teams. Are you able to work 8:00 AM - 5:00 PM ET?', options: ['Yes', 'No'], required: true },
      { name: 'rcf4110', kind: 'text', label: 'Date Available', placeholder: 'MM/DD/YYYY' },
    ],
  },
});

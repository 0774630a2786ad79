import { mount } from '../ts-kendo-brindlewood/template.jsx';

mount({
  title: 'Analytics Engineer, Store Replenishment',
  meta: 'Req #BP-3417 · West Sacramento, CA · Remote within CA, NV or OR · Full-Time',
  blurb: [
    'Every night our replenishment engine decides what 1,400 stores receive the next morning.',
    'You will model store sales, shrink and delivery windows in dbt and Power BI so our buyers and planners can trust the numbers.',
  ],
  linkLabel: 'Portfolio or Personal Website',
  yearsLabel: 'Total Years of Professional Experience',
  payHint: 'Annual base salary you are looking for.',
  sponsorLabel: 'Do you require visa sponsorship to work for Brindlewood?',
  sponsorOptions: ['Yes - I will need sponsorship now or in the future', 'No - I can work for any U.S. employer without sponsorship'],
  questions: [
    { id: 'bw-q-region', name: 'cq_2207', kind: 'select', label: 'Which of our service regions do you live in?', options: ['Central Valley', 'Sacramento Metro', 'San Francisco Bay Area', 'North Coast', 'Northern Nevada', 'Oregon', 'Other'] },
    { id: 'bw-q-age', name: 'cq_2208', kind: 'radio', label: 'Are you 18 years of age or older?', options: ['Yes', 'No'], required: true },
    { id: 'bw-q-powerbi', name: 'cq_2209', kind: 'select', label: 'How many years have you built reports in Power BI?', options: ['None', 'Less than 1', '1-2', '3-5', 'More than 5'] },
    { id: 'bw-q-why', name: 'cq_2210', kind: 'text', label: 'What interests you about working in grocery distribution?' },
  ],
});

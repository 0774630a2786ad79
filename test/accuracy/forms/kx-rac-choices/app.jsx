import { renderApplication } from './application.jsx';

renderApplication({
  title: 'Senior Data Engineer, Marketplace',
  company: 'Plinthwork',
  where: 'Remote (US) · Full-time',
  phoneHint: 'Include your country code, e.g. +1 555 010 0199',
  questionsTitle: 'Questions',
  toggles: [
    { name: 'authorized', label: 'Are you legally authorized to work in the United States?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { name: 'sponsorship', label: 'Will you now or in the future require visa sponsorship?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
    { name: 'salaryBand', label: 'Target base salary (USD, annual)', required: false, options: [['a', 'Under $120k'], ['b', '$120k–$140k'], ['c', '$140k–$160k'], ['d', '$160k–$180k'], ['e', '$180k+']] },
    { name: 'onsite', label: 'Could you travel to our Denver office for a week each quarter?', required: true, options: [['yes', 'Yes'], ['no', 'No']] },
  ],
  cards: [
    { name: 'education', label: 'Highest level of education', options: [['hs', 'High school', 'Diploma or GED'], ['assoc', 'Associate', 'AA, AS'], ['bach', "Bachelor's", 'BA, BS, BEng'], ['mast', "Master's", 'MA, MS, MBA'], ['phd', 'Doctorate', 'PhD, EdD']] },
    { name: 'timezone', label: 'Which time zone do you live in?', options: [['pt', 'Pacific', 'UTC−8'], ['mt', 'Mountain', 'UTC−7'], ['ct', 'Central', 'UTC−6'], ['et', 'Eastern', 'UTC−5']] },
  ],
  yearsLabel: 'Years of professional data engineering experience',
  yearsMax: 15,
  many: [
    { name: 'overlap', label: 'Which time zones could you overlap with for meetings? (select all that apply)', options: [['pt', 'Pacific'], ['mt', 'Mountain'], ['ct', 'Central'], ['et', 'Eastern'], ['cet', 'Central European']] },
    { name: 'employment', label: 'Employment types you would consider (select all that apply)', options: [['ft', 'Full-time'], ['ct', 'Contract'], ['pt', 'Part-time']] },
  ],
  ratingsTitle: 'Rate yourself (1 = learning, 5 = expert)',
  ratings: [
    { name: 'rateDbt', label: 'dbt' },
    { name: 'rateAirflow', label: 'Airflow' },
    { name: 'rateSpark', label: 'Spark' },
  ],
  switches: [
    { name: 'relocate', label: 'I would relocate to Denver for this role' },
    { name: 'talentPool', label: 'Keep me in mind for other roles at Plinthwork' },
  ],
});

import { renderOrchid } from '../vd-antd-orchidline/form.jsx';

renderOrchid({
  team: 'Orchid Line Americas · Customs Brokerage Technology',
  title: 'ML Platform Engineer, Customs Classification',
  location: 'Remote (United States) · Long Beach, CA',
  blurb: 'Every import needs a Harmonized Tariff code. Our classification model suggests one for 80,000 shipment lines a day; build the feature store, training pipelines and monitoring around it.',
  countryLabel: 'Country / Region',
  locationLabel: 'Where are you based?',
  yearsLabel: 'Total years of professional experience',
  ranges: ['< 3 years', '3 - 6 years', '7 - 10 years', '> 10 years'],
  questionsTitle: 'A few questions from the hiring team',
  skillsLabel: 'ML platforms you have operated',
  skills: ['SageMaker', 'Vertex AI', 'Kubeflow', 'MLflow', 'Databricks'],
  questions: [
    { id: 'q_711_employed', kind: 'buttons', required: true, label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_712_visa', kind: 'select', required: true, label: 'Do you require sponsorship for a work visa, now or in the future?', options: ['No, I do not require sponsorship', 'Yes, I require sponsorship now', 'Yes, I will require sponsorship in the future (e.g. OPT/STEM OPT)'] },
    { id: 'q_713_auth', kind: 'radio', required: true, label: 'Are you legally authorized to work in the US?', options: [{ value: 'no', label: 'No, I am not legally authorized to work in the US' }, { value: 'yes', label: 'Yes, I am legally authorized to work in the US' }] },
    { id: 'q_714_broker', kind: 'buttons', required: false, label: 'Are you a Licensed Customs Broker (LCB)?', options: ['Yes', 'No'] },
    { id: 'q_715_github', kind: 'text', required: false, label: 'GitHub or portfolio link', placeholder: 'https://github.com/…' },
    { id: 'q_716_notice', kind: 'select', required: false, label: 'What is your notice period?', options: ['Immediately available', '2 weeks', '1 month', 'More than 1 month'] },
  ],
});

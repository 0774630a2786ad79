import { renderApplication } from '../qo-rac-sablecrest/template.jsx';

renderApplication({
  title: 'Field Data Engineer, Sensor Fleet',
  company: 'Sablecrest',
  where: 'Oakland, CA · On-site with travel',
  questionsTitle: 'About this role',
  questions: [
    { key: 'workAuth', type: 'switch', label: 'I am authorized to work in the US without restriction' },
    { key: 'currentlyEmployed', type: 'toggle', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'visa', type: 'toggle', label: 'Do you need us to sponsor a visa?', options: ['No', 'Yes'] },
    { key: 'tools', type: 'tags', label: 'Tools you use every week', options: ['Python', 'SQL', 'Grafana', 'Kafka', 'Terraform'] },
    { key: 'pronounsOpt', type: 'tags', label: 'Pronouns (optional)', options: ['He/Him', 'She/Her', 'They/Them', 'Prefer not to say'] },
    {
      key: 'availability', type: 'cards', label: 'How soon can you join?',
      options: [['asap', 'ASAP', 'I can start now'], ['2w', 'Two weeks', 'Within 14 days'], ['1m', 'One month', 'Within 30 days'], ['2m', 'Two months', 'Within 60 days'], ['2m+', 'Longer', 'More than 60 days']],
    },
    { key: 'regions', type: 'checks', label: 'Which regions could you travel to?', options: ['Bay Area', 'Central Valley', 'Pacific Northwest', 'Southwest'] },
    { key: 'timezone', type: 'select', label: 'Which time zone do you work in?', options: ['Pacific (UTC−8)', 'Mountain (UTC−7)', 'Central (UTC−6)', 'Eastern (UTC−5)'] },
    { key: 'license', type: 'switch', label: "I have a valid driver's license" },
    { key: 'fieldStory', type: 'textarea', label: 'Tell us about debugging hardware in the field' },
    { key: 'source', type: 'select', label: 'Where did you find this job?', options: ['LinkedIn', 'Indeed', 'Sablecrest blog', 'Referral', 'Other'] },
  ],
});

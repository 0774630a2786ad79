import { renderApplication } from '../qm-heroui-kelpline/template.jsx';

renderApplication({
  title: 'Fleet Telemetry Analyst',
  team: 'Fleet Operations',
  where: 'Moss Landing, CA or remote (US, Pacific hours)',
  blurb: [
    'Our drones are only as good as the data they send home. Help the fleet team find failing sensors before a survey is lost, and build the dashboards the night shift watches.',
  ],
  yearsLabel: 'Years of professional experience with analytics or telemetry data',
  years: ['Less than 1', '1–3', '4–6', '7–9', '10 or more'],
  degrees: ['Secondary school', 'Some college, no degree', 'Associate', 'Bachelor’s', 'Master’s', 'Doctorate'],
  questionsHeading: 'Screening questions',
  questions: [
    {
      key: 'q_work_status',
      type: 'select',
      label: 'Which best describes your right to work in the US?',
      options: ['I can work in the US for any employer', 'I can work in the US only for my current visa sponsor', 'I cannot work in the US yet'],
    },
    { key: 'q_visa', type: 'toggle', label: 'Will you need Kelpline to file a visa petition for you?', options: ['Yes', 'No'] },
    { key: 'q_employed', type: 'radio', label: 'Are you working right now?', options: ['Yes', 'No'] },
    {
      key: 'q_timezone',
      type: 'select',
      label: 'Which time zone do you work from?',
      description: 'The fleet desk is staffed 6am–6pm Pacific.',
      options: ['Hawaii (HST)', 'Alaska (AKST)', 'Pacific (PST / PDT)', 'Mountain (MST / MDT)', 'Central (CST / CDT)', 'Eastern (EST / EDT)'],
    },
    { key: 'q_sql_years', type: 'text', label: 'How many years have you written SQL?', placeholder: 'e.g. 3' },
    { key: 'q_night', type: 'toggle', label: 'Could you cover one night shift (8pm–6am) a month?', options: ['Yes', 'No', 'Depends on the week'] },
    { key: 'q_license', type: 'switch', label: 'I hold a driver’s license valid in California' },
  ],
  salaryLabel: 'Expected salary',
  salarySuffix: 'USD / year',
});

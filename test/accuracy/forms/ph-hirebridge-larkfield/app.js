/* Hirebridge posting: Senior Data Engineer at Larkfield Freight (remote, US). */
import { renderPosting } from './template.js';

const ZONES_EAST_TO_WEST = [
  '(UTC+14:00) Kiritimati Island', '(UTC+13:00) Nuku\'alofa', '(UTC+12:45) Chatham Islands', '(UTC+12:00) Auckland, Wellington', '(UTC+12:00) Fiji',
  '(UTC+11:00) Solomon Is., New Caledonia', '(UTC+10:30) Lord Howe Island', '(UTC+10:00) Canberra, Melbourne, Sydney', '(UTC+10:00) Brisbane', '(UTC+10:00) Guam, Port Moresby',
  '(UTC+09:30) Adelaide', '(UTC+09:30) Darwin', '(UTC+09:00) Osaka, Sapporo, Tokyo', '(UTC+09:00) Seoul', '(UTC+08:45) Eucla', '(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi',
  '(UTC+08:00) Kuala Lumpur, Singapore', '(UTC+08:00) Perth', '(UTC+08:00) Taipei', '(UTC+07:00) Bangkok, Hanoi, Jakarta', '(UTC+06:30) Yangon (Rangoon)', '(UTC+06:00) Astana',
  '(UTC+06:00) Dhaka', '(UTC+05:45) Kathmandu', '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '(UTC+05:30) Sri Jayawardenepura', '(UTC+05:00) Islamabad, Karachi',
  '(UTC+05:00) Tashkent', '(UTC+04:30) Kabul', '(UTC+04:00) Abu Dhabi, Muscat', '(UTC+04:00) Baku', '(UTC+03:30) Tehran', '(UTC+03:00) Istanbul', '(UTC+03:00) Kuwait, Riyadh',
  '(UTC+03:00) Moscow, St. Petersburg', '(UTC+03:00) Nairobi', '(UTC+02:00) Athens, Bucharest', '(UTC+02:00) Cairo', '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius',
  '(UTC+02:00) Jerusalem', '(UTC+02:00) Harare, Pretoria', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague',
  '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', '(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb', '(UTC+01:00) West Central Africa', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
  '(UTC+00:00) Monrovia, Reykjavik', '(UTC) Coordinated Universal Time', '(UTC-01:00) Azores', '(UTC-01:00) Cabo Verde Is.', '(UTC-02:00) Coordinated Universal Time-02',
  '(UTC-03:00) Brasilia', '(UTC-03:00) City of Buenos Aires', '(UTC-03:00) Greenland', '(UTC-03:30) Newfoundland', '(UTC-04:00) Atlantic Time (Canada)', '(UTC-04:00) Santiago',
  '(UTC-04:00) Caracas', '(UTC-05:00) Bogota, Lima, Quito, Rio Branco', '(UTC-05:00) Eastern Time (US & Canada)', '(UTC-05:00) Indiana (East)', '(UTC-06:00) Central America',
  '(UTC-06:00) Central Time (US & Canada)', '(UTC-06:00) Guadalajara, Mexico City, Monterrey', '(UTC-06:00) Saskatchewan', '(UTC-07:00) Arizona', '(UTC-07:00) Mountain Time (US & Canada)',
  '(UTC-07:00) Chihuahua, La Paz, Mazatlan', '(UTC-08:00) Baja California', '(UTC-08:00) Pacific Time (US & Canada)', '(UTC-09:00) Alaska', '(UTC-09:30) Marquesas Islands',
  '(UTC-10:00) Hawaii', '(UTC-11:00) Coordinated Universal Time-11', '(UTC-12:00) International Date Line West',
];

renderPosting({
  company: 'Larkfield Freight',
  title: 'Senior Data Engineer',
  meta: 'Remote (US) · Full-time · Engineering',
  blurb: 'Own the pipelines that price 40,000 truckloads a week: Airflow, dbt, BigQuery, and a lot of carrier data nobody has cleaned yet.',
  relocationHint: 'We have hubs in Oakland and Kansas City; relocation is never required for this role.',
  arrangements: ['Fully remote', 'Remote with quarterly meetups', 'Hybrid from a hub'],
  questions: [
    { type: 'select', id: 'q-3381', key: 'q_3381', label: 'Which time zone do you work in?', options: ZONES_EAST_TO_WEST, prompt: '' },
    { type: 'segmented', id: 'q-3382', key: 'q_3382', label: 'How much of your day is spent in dbt?', options: ['None', 'Some', 'Most of it'] },
    { type: 'cards', id: 'q-3383', key: 'q_3383', label: 'On-call: which pattern would suit you?', options: [
      { value: 'weekly', title: 'One week in six', desc: 'Full week, business-hours escalation only.' },
      { value: 'split', title: 'Split weekends', desc: 'Saturday or Sunday, once a month.' },
      { value: 'none', title: 'I would rather not', desc: 'Tell us why in the interview.' },
    ] },
  ],
});

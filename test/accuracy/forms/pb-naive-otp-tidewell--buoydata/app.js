import { mount } from '../pb-naive-otp-tidewell/careers.js';

mount({
  role: 'Analytics Engineer, Buoy Data Products',
  yearsLabel: 'How many years have you worked in analytics or data engineering?',
  authLabel: 'Can you work for any employer in the US without restrictions?',
  sponsorLabel: 'Sponsorship',
  sponsorOptions: [
    { value: 'none', label: "I won't need Tidewell to sponsor a visa, now or later" },
    { value: 'later', label: 'I will need sponsorship in the future' },
    { value: 'now', label: 'I need sponsorship to start' },
  ],
  questions: [
    { key: 'q_5521', type: 'select', label: 'Which time zone do you work in?', options: ['Hawaii (HT)', 'Alaska (AKT)', 'Pacific (PT)', 'Mountain (MT)', 'Central (CT)', 'Eastern (ET)', 'Outside the US'] },
    { key: 'q_5522', type: 'checkbox', label: 'Which of these ocean data formats have you worked with?', options: ['NetCDF', 'GRIB', 'NDBC text feeds', 'ERDDAP', 'None yet'] },
    { key: 'q_5523', type: 'rate', label: 'How strong is your dbt? 1 = never used, 5 = I maintain a large project' },
  ],
});

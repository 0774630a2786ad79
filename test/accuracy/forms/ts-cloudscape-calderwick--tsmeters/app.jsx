import { mount } from '../ts-cloudscape-calderwick/template.jsx';

mount({
  title: 'Analytics Engineer, Customer Programs',
  meta: 'Job ID CE-24163 · Sacramento, CA or remote (AZ, CA, CO, NV, UT) · Full time',
  blurb: 'Measure what our demand-response and rooftop-solar programs really save. You will own the dbt models behind the program dashboards that regulators and customers read.',
  yearsLabel: 'Total years of professional experience in data or analytics roles',
  sponsorLabel: 'Visa sponsorship',
  sponsorItems: [
    { value: 'yes-now', label: 'I will need visa sponsorship now' },
    { value: 'yes-later', label: 'I will need visa sponsorship in the future' },
    { value: 'no', label: 'I do not and will not need visa sponsorship to work in the US' },
  ],
  payNote: 'The base pay range for this role is $128,000 – $154,000 per year.',
  relocateLabel: 'I am open to relocating to Sacramento',
  questions: [
    { key: 'q5102', kind: 'select', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Arizona (MST, no daylight saving)', 'Pacific (PT)', 'Alaska or Hawaii'] },
    { key: 'q5103', kind: 'radio', label: 'Calderwick can only employ people who live in Arizona, California, Colorado, Nevada or Utah. Do you live in one of these states?', options: ['Yes', 'No'], required: true },
    { key: 'q5104', kind: 'select', label: 'How many years have you written SQL?', options: ['Less than 2', '2–4', '5–7', '8 or more'] },
    { key: 'q5105', kind: 'radio', label: 'Are you at least 18 years of age?', options: ['Yes', 'No'], required: true },
  ],
});

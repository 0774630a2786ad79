import { mount } from '../pq-rsuite-steps-sahyadri/careers.jsx';

mount({
  title: 'Lead Analytics Engineer – Retail Insights',
  meta: 'Bengaluru (Bellandur) · 3 days in office · 7–12 years · Full time · Job code SDS/AE/2631',
  ref: 'SDS-AE-2631-00088',
  intro: (
    <div className="sd-intro">
      <p>Our Retail Insights practice turns point-of-sale and loyalty data for India’s largest supermarket chains into weekly category reviews. We are looking for a lead to own the modelling layer.</p>
      <ul><li>Build dbt models and semantic layers over Snowflake</li><li>Work with category managers on pricing and promotion analytics</li></ul>
    </div>
  ),
  questions: [
    { key: 'q_employed', type: 'radio', label: 'Are you currently working?', options: ['Yes', 'No'], required: true },
    { key: 'q_office', type: 'radio', label: 'This role needs you in our Bellandur office three days a week. Is that possible for you?', options: ['Yes', 'No', 'Would need to relocate'] },
    { key: 'q_sql', type: 'select', label: 'How many years of SQL experience do you have?', options: ['0–2 years', '3–5 years', '6–8 years', '9+ years'] },
  ],
});

import { renderApply } from './apply.jsx';

renderApply({
  account: 'Switchback Outfitters',
  title: 'Senior Data Engineer, Commerce Analytics',
  location: 'Denver, Colorado, United States · Hybrid · Full time',
  phoneCountry: 'US',
  eeo: true,
  questions: [
    { id: '7310213', label: 'LinkedIn profile', kind: 'text' },
    { id: '7310212', label: 'Portfolio URL', kind: 'text', optional: true },
    { id: '7310210', label: 'Current or most recent employer', kind: 'text' },
    { id: '7310211', label: 'Current job title', kind: 'text' },
    { id: '7310217', label: 'Pronouns', kind: 'text', optional: true },
    { id: '7310201', label: 'Are you legally authorized to work in the US?', kind: 'yesno' },
    { id: '7310202', label: 'Will you require H-1B or other visa sponsorship now or in the future?', kind: 'yesno' },
    { id: '7310203', label: 'How many years of data engineering experience do you have?', kind: 'dropdown', options: ['0-1', '2-3', '4-6', '7-9', '10+'] },
    { id: '7310204', label: 'What are your salary expectations for this role (annual, USD)?', kind: 'text' },
    { id: '7310205', label: 'What is the earliest date you can start?', kind: 'date' },
    { id: '7310206', label: 'This role is based in our Denver (RiNo) office four days a week. Are you willing to relocate to Denver?', kind: 'yesno' },
    { id: '7310208', label: 'Highest education', kind: 'dropdown', options: ['High school', 'Some college', 'Associate', "Bachelor's", "Master's", 'Doctorate'] },
    { id: '7310209', label: 'University', kind: 'text', optional: true },
    { id: '7310207', label: 'Which of these have you worked with? (select all that apply)', kind: 'checks', options: ['Shopify', 'BigQuery', 'dbt', 'Fivetran', 'Looker', 'Segment'], optional: true },
    { id: '7310214', label: "What's your favorite trail or outdoor spot, and why?", kind: 'long', optional: true },
    { id: '7310215', label: 'How did you hear about this job?', kind: 'dropdown', options: ['LinkedIn', 'Switchback website', 'Outdoor Industry Jobs', 'Friend or employee', 'Other'], optional: true },
  ],
});

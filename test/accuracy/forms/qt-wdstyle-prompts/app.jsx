import { renderApplication } from './template.jsx';

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

renderApplication({
  company: 'Corvane Health',
  title: 'Senior Data Engineer - Claims Analytics (R-0041872)',
  defaultCountry: 'United States of America',
  countries: ['Canada', 'India', 'Ireland', 'Mexico', 'United Kingdom', 'United States of America', 'United States Minor Outlying Islands'],
  states: US_STATES,
  phoneCodes: ['American Samoa (+1)', 'Canada (+1)', 'India (+91)', 'Ireland (+353)', 'Mexico (+52)', 'Puerto Rico (+1)', 'United Kingdom (+44)', 'United States of America (+1)', 'United States Minor Outlying Islands (+1)'],
  sources: ['Corvane Health Career Site', 'Employee Referral', 'Glassdoor', 'Indeed', 'LinkedIn', 'Job Fair', 'Other'],
  schools: ['Berkeley City College', 'California State University, East Bay', 'Stanford University', 'University of California - Berkeley', 'University of California - Berkeley Extension',
    'University of California - Davis', 'University of California - Los Angeles', 'University of San Francisco'],
  degrees: ['High School Diploma / GED', "Associate's Degree", "Bachelor's Degree", "Master's Degree", 'MBA', 'Doctorate (PhD)', 'Other'],
  fields: ['Computer Science', 'Data Science', 'Economics', 'Information Systems', 'Mathematics', 'Statistics'],
  questions: [
    { name: 'authorized', type: 'listbox', required: true, label: 'Are you legally authorized to work in the country in which this job is located?', options: ['Yes', 'No'] },
    { name: 'sponsorship', type: 'listbox', required: true, label: 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B visa status)?', options: ['Yes', 'No'] },
    { name: 'age', type: 'listbox', required: true, label: 'Are you at least 18 years of age?', options: ['Yes', 'No'] },
    { name: 'yearsData', type: 'listbox', required: true, label: 'How many years of experience do you have in data engineering?', options: ['Less than 2 years', '2 - 4 years', '5 - 7 years', '8 - 10 years', 'More than 10 years'] },
    { name: 'salary', type: 'text', label: 'What are your annual base salary expectations (USD)?' },
    { name: 'workLocation', type: 'prompt', label: 'Which Corvane Health location would you prefer to work from?', options: ['Nashville, TN', 'San Francisco, CA', 'Remote - United States'] },
  ],
});

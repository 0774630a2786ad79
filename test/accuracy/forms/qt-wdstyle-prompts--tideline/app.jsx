import { renderApplication } from '../qt-wdstyle-prompts/template.jsx';

const STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota',
  'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Puerto Rico', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Armed Forces Americas', 'Armed Forces Europe', 'Armed Forces Pacific'];

renderApplication({
  company: 'Tideline Logistics',
  title: 'Data Engineer III - Network Planning (JR-22957)',
  defaultCountry: '',
  countries: ['Australia', 'Canada', 'Germany', 'Mexico', 'Netherlands', 'Singapore', 'United Kingdom', 'United States of America'],
  states: STATES,
  phoneCodes: ['Australia (+61)', 'Canada (+1)', 'Germany (+49)', 'Mexico (+52)', 'Netherlands (+31)', 'Singapore (+65)', 'United Kingdom (+44)', 'United States of America (+1)'],
  sources: ['Tideline Careers Website', 'Employee Referral', 'Indeed', 'LinkedIn', 'University Recruiting', 'Other'],
  schools: ['Cal Poly San Luis Obispo', 'San Jose State University', 'Stanford University', 'UC Berkeley Haas School of Business', 'University of California, Berkeley',
    'University of California, Irvine', 'University of California, Santa Barbara', 'University of Southern California'],
  degrees: ['GED', 'High School', 'Associates', 'Bachelors', 'Masters', 'Doctorate', 'No Degree'],
  fields: ['Computer Engineering', 'Computer Science', 'Industrial Engineering', 'Operations Research', 'Supply Chain Management'],
  questions: [
    { name: 'eligible', type: 'radio', required: true, label: 'Are you eligible to work in the United States without restriction?', options: ['Yes', 'No'] },
    { name: 'visa', type: 'listbox', required: true, label: 'Do you now, or will you in the future, need Tideline to file a visa petition on your behalf?', options: ['Yes', 'No'] },
    { name: 'currentlyEmployed', type: 'listbox', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { name: 'yearsTotal', type: 'text', label: 'How many years of total professional experience do you have?' },
    { name: 'yearsPython', type: 'listbox', label: 'How many years of hands-on Python experience do you have?', options: ['0-1', '2-3', '4-6', '7+'] },
    { name: 'startDate', type: 'text', label: 'When are you available to start? (MM/DD/YYYY)' },
    { name: 'shift', type: 'radio', label: 'Can you support a peak-season on-call rotation (November - January)?', options: ['Yes', 'No'] },
  ],
});

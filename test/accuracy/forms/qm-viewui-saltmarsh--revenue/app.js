import { renderApplication } from '../qm-viewui-saltmarsh/template.js';

renderApplication({
  title: 'Revenue Cycle Analytics Engineer',
  department: 'Finance & Revenue Cycle',
  req: 'R-24390',
  where: 'Oakland, CA · Remote within California',
  blurb: [
    'Claims, denials and payer contracts: help the revenue cycle team see where money is lost between a visit and a payment. You will model Epic Resolute data in dbt and keep the denial dashboards honest.',
  ],
  yearsLabel: 'Total years of professional experience',
  years: ['Under 3 years', '3 to 5 years', '6 to 9 years', '10 years or more'],
  degrees: ['High school / GED', 'Associate (AA/AS)', 'Bachelor’s (BA/BS)', 'Master’s (MA/MS/MBA)', 'Doctorate'],
  questionsHeading: 'A few questions',
  questions: [
    {
      key: 'q_status',
      type: 'select',
      label: 'Which statement describes your authorization to work in the U.S.?',
      options: ['I am authorized to work in the U.S. for any employer', 'I am authorized to work in the U.S. only with visa sponsorship', 'I am not authorized to work in the U.S.'],
    },
    { key: 'q_h1b', type: 'buttons', label: 'Will you require an H-1B or other work visa to be filed on your behalf?', options: ['Yes', 'No'] },
    { key: 'q_employed', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { key: 'q_payers', type: 'checkboxes', label: 'Which payer data have you worked with?', options: ['Medicare', 'Medi-Cal / Medicaid', 'Commercial', 'Workers’ comp'] },
    { key: 'q_excel', type: 'rate', label: 'How would you rate your Excel skills?' },
    { key: 'q_sql_server', type: 'text', label: 'Years of experience with SQL Server and SSIS', placeholder: 'Number of years' },
    { key: 'q_why', type: 'textarea', label: 'Why revenue cycle?', placeholder: 'Optional' },
  ],
  payLabel: 'Desired salary',
});

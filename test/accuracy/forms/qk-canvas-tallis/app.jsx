import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Tallis Freight Group',
  initialAnswers: {},
  questions: [
    { key: 'authorized', type: 'radio', label: 'Are you legally authorized to work in the country in which this job is located?', options: ['Yes', 'No'], required: true },
    { key: 'sponsorship', type: 'radio', label: 'Will you now or in the future require Tallis Freight Group to sponsor an immigration case in order to employ you?', options: ['Yes', 'No'], required: true },
    { key: 'years', type: 'select', label: 'How many years of hands-on data engineering experience do you have?', options: ['0-2', '3-5', '6-8', '9-11', '12+'], required: true },
    { key: 'salaryExpectation', type: 'text', label: 'What are your base salary expectations for this role?', hint: 'Annual, in USD' },
    { key: 'currentSalary', type: 'text', label: 'Current base salary (optional)', hint: 'Tallis does not ask for salary history where the law prohibits it, including California, Colorado, New York and Washington. Leave this blank if you live in one of those states.' },
    { key: 'referredBy', type: 'text', label: 'If you were referred by a Tallis employee, enter their full name' },
    { key: 'relatives', type: 'radio', label: 'Do you have any relatives currently employed by Tallis Freight Group?', options: ['Yes', 'No'] },
    { key: 'nonCompete', type: 'radio', label: 'Are you bound by a non-compete or non-solicitation agreement with a current or former employer?', options: ['Yes', 'No'], required: true },
    { key: 'backgroundConsent', type: 'check', label: 'I understand that any offer of employment is contingent on a background check and, for safety-sensitive roles, a DOT drug screen.' },
  ],
});

import { renderApplication } from '../ze-ashby-autofill-insurtech/application.jsx';

const P = '5d9a7e10-2b3c-4f8e-8d21-a6c4b0e7f3';
renderApplication({
  company: 'Tessellate Mutual',
  questions: [
    { id: `${P}21`, kind: 'tel', label: 'Phone Number', after: 'email' },
    { id: `${P}22`, kind: 'text', label: 'LinkedIn' },
    { id: `${P}23`, kind: 'text', label: 'Personal website' },
    { id: `${P}24`, kind: 'yesno', label: 'Are you currently authorized to work in the US for any employer?', required: true },
    { id: `${P}25`, kind: 'radios', label: 'Do you now, or will you in the future, require sponsorship for employment visa status (e.g., H-1B)?', options: ['Yes', 'No'], required: true },
    { id: `${P}26`, kind: 'yesno', label: 'Are you currently employed?' },
    { id: `${P}27`, kind: 'text', label: 'Current employer' },
    { id: `${P}28`, kind: 'text', label: 'How many years of experience do you have with dbt or LookML?' },
    { id: `${P}29`, kind: 'checks', label: 'Which commercial lines have you supported with data work?', options: ['General Liability', 'Commercial Auto', 'Property', 'Workers Compensation', 'Cyber', 'None yet'] },
    { id: `${P}30`, kind: 'yesno', label: 'This role is hybrid in Boston (Tuesday–Thursday). Are you located in, or willing to relocate to, the Boston area?', required: true },
    { id: `${P}31`, kind: 'text', label: 'Desired annual base compensation (USD)' },
    { id: `${P}32`, kind: 'radios', label: 'What is your notice period?', options: ['Immediately available', '2 weeks', '1 month', 'More than 1 month'] },
    { id: `${P}33`, kind: 'textarea', label: 'Why are you interested in insurance underwriting analytics?', required: true },
    { id: `${P}34`, kind: 'file', label: 'Work sample (optional)', description: 'A dbt project, dashboard or write-up you are proud of.' },
    { id: `${P}35`, kind: 'radios', label: 'How did you hear about this role?', options: ['LinkedIn', 'Tessellate careers site', 'Referral', 'Recruiter outreach', 'Other'] },
  ],
});

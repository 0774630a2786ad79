/** Data Engineer, FinOps Insights: another posting of the Cirrolink careers template (template.jsx). */
import { mount } from './template.jsx';

mount({
  req: 'CL-4502',
  title: 'Data Engineer, FinOps Insights',
  meta: 'Customer Analytics · Remote (US) · Full-time · CL-4502',
  about:
    'The FinOps Insights team tells customers where their cloud money goes. You will model AWS, Azure and GCP cost exports in dbt on Snowflake, build the anomaly checks behind our weekly savings emails, and work with customer success on the numbers they present to CFOs. Base salary $128,000–$152,000 plus equity.',
  experienceLabel: 'How many years have you worked with cloud cost or billing data?',
  experience: [['none', 'None yet'], ['1-3', '1 to 3 years'], ['4-6', '4 to 6 years'], ['7+', '7 years or more']],
  certLabel: 'FinOps or cloud certifications you currently hold',
  certs: [['focp', 'FinOps Certified Practitioner'], ['ccp', 'AWS Cloud Practitioner'], ['az900', 'Microsoft Azure Fundamentals (AZ-900)']],
  whyLabel: 'Which cloud cost metric do you think customers misread most often, and why?',
  screening: [
    { key: 'customerCalls', label: 'This role joins customer calls a few times a month, sometimes early morning Pacific time. Is that workable for you?', options: [['yes', 'Yes, that works'], ['sometimes', 'Sometimes'], ['no', 'No']] },
    { key: 'azure', label: 'Have you worked with Azure Cost Management exports?', options: [['yes', 'Yes'], ['no', 'No']] },
  ],
});

/** Senior Data Engineer, Billing Data Platform: one posting of the Cirrolink careers template (template.jsx). */
import { mount } from './template.jsx';

mount({
  req: 'CL-4471',
  title: 'Senior Data Engineer, Billing Data Platform',
  meta: 'Platform Engineering · Austin, TX or Remote (US) · Full-time · CL-4471',
  about:
    'Cirrolink runs AWS and Kubernetes estates for 900 mid-size companies. The billing data platform turns 2 billion cost-and-usage line items a month into the invoices and savings reports our customers see. You will own its Glue and EMR pipelines, move them to Apache Iceberg, and make month-end close boring. Base salary $145,000–$175,000 plus equity.',
  experienceLabel: 'Years of data engineering experience',
  experience: [['0-2', '0–2'], ['3-5', '3–5'], ['6-9', '6–9'], ['10+', '10+']],
  certLabel: 'AWS certifications you currently hold',
  certs: [['saa', 'Solutions Architect – Associate'], ['dea', 'Data Engineer – Associate'], ['sap', 'Solutions Architect – Professional']],
  whyLabel: 'What would you want to improve first in a billing data platform?',
  screening: [
    { key: 'monthEnd', label: 'During the first three business days of each month the team is on heightened support for billing close. Can you commit to that?', options: [['yes', 'Yes'], ['no', 'No']] },
  ],
});

/** Cloud Data Engineer, Public Sector: another posting of the Nimbostrata careers template (../zf-cloudscape-partner/template.jsx). */
import { mount } from '../zf-cloudscape-partner/template.jsx';

mount({
  title: 'Cloud Data Engineer, Public Sector',
  meta: 'Public Sector Practice · Arlington, VA (hybrid) · Full-time · Req 24-0522',
  experienceLabel: 'Years of hands-on experience building data pipelines on AWS',
  screening: [
    { key: 'usAuthorized', label: 'Are you currently authorized to work in the U.S. for any employer?', required: true },
    { key: 'visaSponsorship', label: 'Will you require Nimbostrata to sponsor a visa (now or in the future) for you to keep working in the U.S.?', required: true },
    { key: 'clearance', label: 'Do you hold an active U.S. government security clearance (Secret or higher)?', description: 'Not required to apply; some client work needs one.' },
    { key: 'onsite', label: 'Can you work on-site at a customer facility in Arlington, VA three days a week?' },
    { key: 'govcloud', label: 'Have you delivered a production workload in AWS GovCloud (US)?' },
  ],
  alerts: 'Get an email when we post new roles in the Public Sector Practice.',
  team: 'Our Public Sector Practice moves federal, state and local agencies onto AWS, FedRAMP boundaries included.',
});

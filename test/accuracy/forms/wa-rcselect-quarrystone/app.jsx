import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Staff Data Engineer, Clinical Data Platform',
  where: 'San Francisco, CA or Remote (US)',
  id: 'R-10442',
  questions: [
    { key: 'q_hipaa', type: 'radio', label: 'Have you worked with data subject to HIPAA?', options: ['Yes', 'No'], initial: '' },
    { key: 'q_fhir', type: 'select', label: 'How familiar are you with HL7 FHIR?', options: ['Not familiar', 'Some exposure', 'Built integrations with it', 'Expert'], initial: undefined },
    { key: 'q_exclusion', type: 'radio', label: 'Are you currently excluded from participation in any federal health care program?', options: ['Yes', 'No'], initial: '' },
  ],
});

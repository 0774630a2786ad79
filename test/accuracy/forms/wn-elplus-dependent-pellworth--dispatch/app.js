import { renderApplication } from '../wn-elplus-dependent-pellworth/template.js';

renderApplication({
  team: 'Transportation',
  where: 'Stockton, CA or remote (California)',
  title: 'Senior Analytics Engineer, Fleet Dispatch',
  intro: 'Our dispatchers route 900 reefer trucks a day. You will model loads, hours-of-service and reefer telemetry into the tables that plan tomorrow’s routes before the night shift starts.',
  questions: [
    { key: 'degreeHeld', type: 'radio', label: 'Do you hold a bachelor’s degree or higher?', options: ['Yes', 'No'] },
    { key: 'license', type: 'radio', label: 'Do you hold a valid driver’s license?', options: ['Yes', 'No'] },
    { key: 'travel', type: 'select', label: 'Can you travel to our Stockton and Fresno depots up to 25% of the time?', options: ['Yes', 'No', 'Occasionally'] },
    { key: 'routingTools', type: 'checkbox', label: 'Which routing or TMS tools have you worked with?', options: ['Descartes', 'Oracle TMS', 'Samsara', 'Omnitracs', 'None of these'] },
    { key: 'lateLoads', type: 'text', label: 'Tell us how you would find out why loads arrive late at one depot.' },
  ],
});

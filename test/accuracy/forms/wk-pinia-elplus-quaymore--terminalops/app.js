import { renderApplication } from '../wk-pinia-elplus-quaymore/template.js';

renderApplication({
  title: 'Data Engineer, Terminal Operations',
  team: 'Operations Technology',
  where: 'Vallejo Terminal or Oakland (on site 3 days a week)',
  intro: 'Our terminals load 300 sailings a week. Help us bring gate counts, berth schedules and maintenance tickets into one operational data model the terminal managers can act on.',
  yearsLabel: 'How many years have you built data pipelines professionally?',
  terminalsLabel: 'Which terminals are you able to commute to?',
  terminals: ['Vallejo', 'Oakland Jack London Square', 'Richmond', 'South San Francisco'],
  questions: [
    { key: 'q_systems', label: 'Which of these operational systems have you pulled data from? (select all that apply)', type: 'checkbox', options: ['SCADA / PLC historians', 'CMMS (e.g. Maximo)', 'Ticketing or fare systems', 'Crew scheduling'] },
    { key: 'q_twic', label: 'Do you hold a TWIC (Transportation Worker Identification Credential) card?', type: 'radio', options: ['Yes', 'No, but I can obtain one', 'No'], required: true },
  ],
});

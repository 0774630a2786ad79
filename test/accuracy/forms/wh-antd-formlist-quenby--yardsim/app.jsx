import { renderApplication } from '../wh-antd-formlist-quenby/template.jsx';

renderApplication({
  title: 'Data Engineer, Yard Simulation',
  team: 'Optimization',
  where: 'Remote (US) · quarterly visits to Long Beach',
  intro: 'Our yard simulator replays a week of container moves in minutes. You will build the data feeds that keep it calibrated against what actually happened on the terminal.',
  yearsLabel: 'Years working on production data systems',
  questions: [
    { key: 'travel', type: 'radio', label: 'Can you travel to the Port of Long Beach once a quarter (2–3 days)?', options: ['Yes', 'No'] },
    { key: 'simTools', type: 'select', label: 'Which simulation tool have you used most?', options: ['AnyLogic', 'Arena', 'FlexSim', 'SimPy', 'None of these'] },
    { key: 'calibration', type: 'text', label: 'How would you check that a simulation matches reality?' },
  ],
});

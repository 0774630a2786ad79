import { renderApplication } from './template.js';

renderApplication({
  team: 'Data & Analytics',
  where: 'Sacramento, CA (hybrid)',
  title: 'Senior Data Engineer, Temperature Telemetry',
  intro: 'Pellworth runs 31 refrigerated warehouses and 900 reefer trucks. You will own the sensor pipelines that prove every pallet stayed cold, from the dock door to the grocery shelf.',
  questions: [
    { key: 'shifts', type: 'checkbox', label: 'Which shifts could you cover during peak season?', options: ['Day', 'Swing', 'Night', 'Weekend'] },
    { key: 'freezer', type: 'switch', label: 'Are you comfortable spending time in freezer areas (−10 °F) on site visits?' },
  ],
});

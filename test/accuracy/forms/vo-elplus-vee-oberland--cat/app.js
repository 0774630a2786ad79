import { renderApplication } from '../vo-elplus-vee-oberland/template.js';

renderApplication({
  title: 'Catastrophe Modeling Data Engineer',
  team: 'Nat Cat Center of Competence',
  where: 'New York, NY (hybrid)',
  intro: [
    'Oberland Rück has reinsured property and casualty risks from Munich since 1908. Our Nat Cat team models hurricane, earthquake and wildfire risk for US portfolios.',
    'Help us feed exposure data into RMS and Verisk models and build the pipelines that turn model output into pricing and accumulation reports.',
  ],
  yearsLabel: 'How many years have you worked with data?',
  years: ['<3', '3-6', '7-10', '>10'],
  officesLabel: 'Which perils have you modeled?',
  offices: ['Hurricane', 'Earthquake', 'Wildfire', 'Flood', 'Severe convective storm'],
  motivationLabel: 'Which catastrophe event taught you the most about model risk, and why?',
  questions: [
    { key: 'catModels', label: 'Which cat models have you used?', options: ['RMS RiskLink', 'Verisk Touchstone', 'KatRisk', 'Oasis LMF'], type: 'checkbox' },
    { key: 'gis', label: 'Experience with GIS tools (e.g. ArcGIS, QGIS)', options: ['None', 'Some', 'Extensive'] },
  ],
});

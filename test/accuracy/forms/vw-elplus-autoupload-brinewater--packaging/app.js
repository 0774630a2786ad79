import { mountApplication } from '../vw-elplus-autoupload-brinewater/template.js';

mountApplication({
  title: 'Packaging Data Designer',
  team: 'Brand & Packaging',
  where: 'Minneapolis, MN (on site)',
  intro:
    'Nutrition panels, allergen statements and barcodes come from data. You will design the templates and the data feeds that put them on 600 labels without a typo, and show the work to our brand team.',
  coverLetter: 'text',
  portfolio: true,
  yearsLabel: 'Years of professional experience',
  years: ['Under 3', '3–6', '7–10', 'Over 10'],
  relocateLabel: 'This role is on site in Minneapolis. Are you willing to relocate?',
  essayLabel: 'Walk us through a piece in your portfolio you are proud of.',
  questions: [
    { key: 'adobe', type: 'yesno', label: 'Are you proficient in Adobe Illustrator?' },
    { key: 'gs1', type: 'yesno', label: 'Have you worked with GS1 barcodes or FDA nutrition labelling?' },
  ],
});

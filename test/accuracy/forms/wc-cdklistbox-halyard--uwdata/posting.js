/* This posting's text and custom questions. */
export const POSTING = {
  title: 'Senior Data Engineer, Commercial Underwriting',
  team: 'Commercial Lines Analytics',
  place: 'Minneapolis, MN, San Francisco, CA or Remote (US)',
  blurb: 'Our underwriters price fleets, warehouses and small contractors with data we pull from a dozen vendors. You will build the submission pipeline that turns those feeds into one risk view.',
  yearsLabel: 'Total years of professional experience in data engineering or analytics engineering',
  authQuestion: 'Are you authorized to work for any employer in the US?',
  extraLabel: 'Which third-party data vendors have you integrated?',
  extra: ['Verisk / ISO', 'LexisNexis', 'Dun & Bradstreet', 'CoreLogic', 'Other', 'None'],
  extraKey: 'vendors',
  essayKey: 'pricingStory',
  essayLabel: 'Describe a time your data changed how something was priced or approved.',
};

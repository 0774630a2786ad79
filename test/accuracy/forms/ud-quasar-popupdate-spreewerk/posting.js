/* This posting's text and questions. */
export const posting = {
  title: 'Senior Data Engineer – Trading Analytics (US desk)',
  team: 'Trading Technology',
  where: 'Remote, United States (Berlin HQ)',
  about: [
    'Spreewerk trades wind and solar power on Europe’s day-ahead and intraday markets and is opening a desk for ERCOT and CAISO. Our US team is remote; the data platform is shared with Berlin.',
    'You will build the market-data and position pipelines the US desk trades on (Kafka, Flink, Snowflake), own their quality checks and help traders get answers in minutes, not days.',
  ],
  yearsLabel: 'Professional experience',
  yearsOptions: ['Less than 3 years', '3–5 years', '6–10 years', 'More than 10 years'],
  questions: [
    { key: 'energyMarkets', type: 'radio', label: 'Have you worked with energy or commodity market data before?', options: ['Yes', 'No'] },
    { key: 'berlinTrips', type: 'select', label: 'Can you travel to Berlin for two weeks of onboarding?', options: ['Yes', 'No', 'Only with more notice'] },
  ],
};

/* This posting's text and questions. */
export const posting = {
  title: 'Data Engineer – Battery Dispatch (US)',
  team: 'Storage Optimisation',
  where: 'Remote, United States (Berlin HQ)',
  about: [
    'Spreewerk dispatches 1.2 GW of grid batteries in Germany and, from next spring, in Texas. The Storage Optimisation team decides every fifteen minutes when each battery charges.',
    'You will bring telemetry from our Texas sites into the platform, keep the optimiser’s inputs fresh and correct, and build the reporting our asset owners are billed on.',
  ],
  yearsLabel: 'Years of relevant experience',
  yearsOptions: ['0–2', '3–4', '5–7', '8+'],
  questions: [
    { key: 'scada', type: 'select', label: 'Experience with SCADA or OT telemetry', options: ['None', 'Some', 'Extensive'] },
    { key: 'texasVisits', type: 'radio', label: 'Are you able to visit our sites near Houston a few times a year?', options: ['Yes', 'No', 'Maybe'] },
  ],
};

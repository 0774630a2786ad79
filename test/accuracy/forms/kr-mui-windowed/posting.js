/* The posting this page renders: the job and its screening questions (ids as the ATS issues them). */
export const posting = {
  company: 'Corvane Energy',
  title: 'Senior Data Engineer, Market Operations',
  where: 'Market Operations · Houston, TX or Remote (US)',
  blurb:
    'Our market operations desk schedules 9 GW of generation into ERCOT and CAISO every day. You will own the pipelines that feed settlement, bidding and forecasting.',
  questions: [
    { id: 'q_4410', type: 'radio', label: 'Are you legally authorized to work in the United States?', options: ['Yes', 'No'], required: true },
    { id: 'q_4411', type: 'radio', label: 'Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?', options: ['Yes', 'No'], required: true },
    { id: 'q_4412', type: 'radio', label: 'Are you currently employed?', options: ['Yes', 'No'] },
    { id: 'q_4413', type: 'lazy', label: 'Which time zone do you work in?', options: ['Eastern (ET)', 'Central (CT)', 'Mountain (MT)', 'Pacific (PT)', 'Alaska / Hawaii', 'Outside the US'] },
    { id: 'q_4414', type: 'radio', label: 'Are you able to work on site in our Houston office two days a week?', options: ['Yes', 'No'], required: true },
  ],
};

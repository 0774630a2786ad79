import { renderApplication } from './template.jsx';

renderApplication({
  title: 'Analytics Engineer, Demand Forecasting',
  where: 'San Francisco, CA or Remote (US) · Full-time',
  blurb: 'Forecasting turns basket history, weather and promotions into tomorrow’s order volumes for every store. You will own the dbt models and metrics layer our planners and forecasters trust.',
  questions: [
    { key: 'q_8841', type: 'segments', label: 'Total years working in data roles', options: [['u3', 'Under 3'], ['3-6', '3–6'], ['7-10', '7–10'], ['o10', 'Over 10']] },
    { key: 'q_8842', type: 'tiles', label: 'Can you work for Saltmeadow without visa sponsorship, now and in the future?', options: [['yes', 'Yes', 'No sponsorship needed'], ['no', 'No', 'I will need sponsorship at some point']] },
    { key: 'q_8843', type: 'tiles', label: 'Are you 18 years of age or older?', options: [['yes', 'Yes', ''], ['no', 'No', '']] },
    { key: 'q_8844', type: 'select', label: 'Which time zone do you work in?', options: [['pt', 'Pacific (PT)'], ['mt', 'Mountain (MT)'], ['ct', 'Central (CT)'], ['et', 'Eastern (ET)'], ['other', 'Outside the US']] },
    { key: 'q_8845', type: 'tags', label: 'Forecasting methods you have shipped', caption: 'Optional', options: ['ARIMA', 'Prophet', 'Gradient boosting', 'Hierarchical reconciliation', 'Deep learning'] },
    { key: 'q_8846', type: 'textarea', label: 'Tell us about a metric you defined that changed a decision' },
  ],
});

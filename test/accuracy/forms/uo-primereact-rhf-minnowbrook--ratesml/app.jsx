import { renderApplication } from '../uo-primereact-rhf-minnowbrook/template.jsx';

renderApplication({
  title: 'Machine Learning Engineer, Freight Rates',
  where: 'Portland, OR or remote (US Pacific time) · Full-time',
  questions: [
    { key: 'q_working_now', type: 'dropdown', label: 'What is your current employment status?', options: [['employed', 'Employed full-time'], ['contract', 'Contracting'], ['seeking', 'Not working right now']] },
    { key: 'q_portfolio', type: 'text', label: 'Portfolio', addon: 'https://', placeholder: 'yoursite.com/work' },
    { key: 'q_pricing', type: 'selectbutton', label: 'Have you shipped a pricing or forecasting model to production?', options: [['yes', 'Yes'], ['no', 'No']] },
    { key: 'q_frameworks', type: 'multiselect', label: 'Which ML frameworks do you use day to day?', options: [['pytorch', 'PyTorch'], ['tf', 'TensorFlow'], ['xgb', 'XGBoost'], ['sklearn', 'scikit-learn']] },
    { key: 'q_oncall', type: 'switch', label: 'I can join the model on-call rotation (one week in eight)' },
  ],
});

/*
 * Harbourline's careers page, another posting: the same <hl-apply-flow> Lit element
 * (../qg-lit-stepper/hl-apply-flow.js) with this posting's custom questions; its data is rendered
 * into <pre id="model">.
 */
import '../qg-lit-stepper/hl-apply-flow.js';

const flow = document.getElementById('hl-apply');
flow.questions = [
  { id: 'q_5102', step: 2, type: 'select', label: 'Do you have unrestricted authorization to work in the U.S.?', options: [['yes', 'Yes'], ['no', 'No']] },
  { id: 'q_5103', step: 2, type: 'select', label: 'Will you require Harbourline to sponsor a work visa?', options: [['yes', 'Yes'], ['no', 'No']] },
  { id: 'q_5104', step: 2, type: 'text', label: 'When could you start?', hint: 'MM/DD/YYYY' },
  { id: 'q_5105', step: 2, type: 'radio', label: 'Are you able to work on-site at our Oakland yard three days a week?', options: [['yes', 'Yes'], ['no', 'No'], ['discuss', 'I would like to discuss this']] },
  { id: 'q_5106', step: 2, type: 'number', label: 'How many years have you worked with dbt?' },
  { id: 'q_5107', step: 3, type: 'money', label: 'Desired salary', suffix: 'USD / year' },
  { id: 'q_5108', step: 3, type: 'textarea', label: 'Tell us about a data pipeline you are proud of' },
];

const render = (data) => {
  document.getElementById('model').textContent = JSON.stringify(data, null, 1);
};
flow.addEventListener('hl-change', (event) => render(event.detail));
flow.addEventListener('hl-submit', () => {
  flow.hidden = true;
  document.getElementById('hl-done').hidden = false;
});
customElements.whenDefined('hl-apply-flow').then(() => render(flow.data));

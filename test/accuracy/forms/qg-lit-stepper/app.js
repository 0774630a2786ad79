/*
 * Harbourline's careers page: the apply flow is the site's own Lit element <hl-apply-flow>
 * (../qg-lit-stepper/hl-apply-flow.js), three steps swapped inside its open shadow root. This
 * posting gives it its custom questions; the element's data is rendered into <pre id="model">.
 */
import './hl-apply-flow.js';

const flow = document.getElementById('hl-apply');
flow.questions = [
  { id: 'q_4471', step: 2, type: 'radio', label: 'Are you legally authorized to work in the United States?', options: [['yes', 'Yes'], ['no', 'No']] },
  { id: 'q_4472', step: 2, type: 'radio', label: 'Will you now or in the future require sponsorship for an employment visa (e.g. H-1B)?', options: [['yes', 'Yes, I will require sponsorship'], ['no', 'No, I will not require sponsorship']] },
  { id: 'q_4473', step: 2, type: 'date', label: 'Earliest date you could start' },
  { id: 'q_4474', step: 2, type: 'money', label: 'Desired annual base salary', suffix: 'USD per year' },
  { id: 'q_4475', step: 3, type: 'textarea', label: 'Cover letter (optional)' },
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

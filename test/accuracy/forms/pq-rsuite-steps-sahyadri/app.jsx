import { mount } from './careers.jsx';

mount({
  title: 'Senior Data Engineer – Cloud Data Platforms',
  meta: 'Pune (Hinjewadi Phase 2) · Hybrid · 6–10 years · Full time · Job code SDS/DE/2612',
  ref: 'SDS-DE-2612-00417',
  intro: (
    <div className="sd-intro">
      <p>Sahyadri Digital Services builds data platforms for banks, insurers and retailers across India and the Middle East. You will lead a pod of six engineers migrating on-premise warehouses to the cloud.</p>
      <ul><li>Design batch and streaming pipelines on Spark and Kafka</li><li>Own data-quality checks and lineage for client programmes</li><li>Mentor associate engineers in our Pune delivery centre</li></ul>
    </div>
  ),
  questions: [
    { key: 'q_bachelors', type: 'radio', label: 'Do you hold a full-time bachelor’s degree?', options: ['Yes', 'No'], required: true },
    { key: 'q_relocate', type: 'radio', label: 'Are you willing to relocate to Pune?', options: ['Yes', 'No', 'Already in Pune'] },
    { key: 'q_adf', type: 'select', label: 'Hands-on experience with Azure Data Factory', options: ['None', 'Less than 1 year', '1–3 years', 'More than 3 years'] },
  ],
});

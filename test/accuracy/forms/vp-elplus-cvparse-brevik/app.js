import { renderBrevik } from './form.js';

renderBrevik({
  "coverAsFile": true,
  "questionsTitle": "Work in the United States",
  "documentsLabel": "Other documents (certificates, transcripts, portfolio)",
  "whyLabel": "Why Brevik?",
  "questions": [
    {
      "id": "q_311_auth",
      "kind": "radio",
      "vertical": true,
      "required": true,
      "label": "Which best describes your right to work in the United States?",
      "options": [
        "I can work in the US for any employer",
        "I can work in the US, but only for my current employer (e.g. H-1B)",
        "I am not yet allowed to work in the US"
      ]
    },
    {
      "id": "q_312_visa",
      "kind": "radio",
      "required": true,
      "label": "Will you need Brevik to sponsor a US work visa now or in the future?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "q_313_stcw",
      "kind": "radio",
      "label": "Do you hold an STCW certificate or have you served at sea?",
      "options": [
        "Yes",
        "No"
      ]
    }
  ]
});

import { renderBrevik } from '../vp-elplus-cvparse-brevik/form.js';

renderBrevik({
  "coverAsFile": false,
  "questionsTitle": "A few questions",
  "documentsLabel": "Portfolio or certificates (optional)",
  "whyLabel": "What would you improve first in our fleet dashboards?",
  "questions": [
    {
      "id": "q_421_visa",
      "kind": "radio",
      "vertical": true,
      "required": true,
      "label": "Visa sponsorship",
      "options": [
        "I will need sponsorship for a US work visa",
        "I will not need sponsorship"
      ]
    },
    {
      "id": "q_422_auth",
      "kind": "select",
      "required": true,
      "label": "Are you legally allowed to work in the United States?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "q_423_title",
      "kind": "text",
      "label": "Current job title"
    },
    {
      "id": "q_424_shift",
      "kind": "radio",
      "label": "Can you join a follow-the-sun on-call rotation with Oslo and Singapore?",
      "options": [
        "Yes",
        "No"
      ]
    }
  ]
});

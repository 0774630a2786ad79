import { renderPosting } from '../sq-ef-rhf-wizard-halloran/template.jsx';

renderPosting({
  "team": "Metering & Settlements",
  "title": "Data Engineer II, Meter Data Platform",
  "where": "Fresno, CA or remote (California) · Full-time",
  "fields": {
    "preferredName": true,
    "github": true,
    "relocation": null
  },
  "questions": [
    {
      "key": "q42710",
      "kind": "select",
      "label": "Years of hands-on data engineering experience",
      "options": [
        "Under 2 years",
        "2–4 years",
        "5–7 years",
        "8+ years"
      ],
      "required": true
    },
    {
      "key": "q42711",
      "kind": "yesno",
      "label": "Do you currently reside in California?",
      "required": true
    },
    {
      "key": "q42712",
      "kind": "select",
      "label": "Which work arrangement do you prefer?",
      "options": [
        "Fully remote",
        "Hybrid",
        "On site"
      ]
    },
    {
      "key": "q42713",
      "kind": "yesno",
      "label": "Have you previously applied to or worked for Halloran Grid?"
    },
    {
      "key": "q42714",
      "kind": "text",
      "label": "If an employee referred you, please give their name."
    }
  ]
});

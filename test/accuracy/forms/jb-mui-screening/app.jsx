import { renderScreening } from './form.jsx';

renderScreening({
  "company": "Pelagic Systems",
  "job": "Senior Data Engineer, Fleet Telemetry",
  "where": "Seattle, WA · On-site",
  "questions": [
    {
      "id": "authorized",
      "kind": "switch",
      "label": "I am legally authorized to work in the United States",
      "required": true
    },
    {
      "id": "sponsorNow",
      "kind": "switch",
      "label": "I currently require visa sponsorship to work in the United States"
    },
    {
      "id": "sponsorFuture",
      "kind": "switch",
      "label": "I will require visa sponsorship at some point in the future"
    },
    {
      "id": "age18",
      "kind": "select",
      "label": "Are you at least 18 years of age?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "onsite",
      "kind": "select",
      "label": "This role is on-site at our Interbay office 4 days a week. Can you commit to that schedule?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "relocate",
      "kind": "switch",
      "label": "I would relocate to Seattle with Pelagic's relocation package"
    },
    {
      "id": "transport",
      "kind": "radio",
      "label": "Do you have reliable transportation to our Interbay office?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "pay",
      "kind": "pay",
      "label": "Expected compensation",
      "required": true,
      "help": "Base pay you are looking for"
    },
    {
      "id": "startDate",
      "kind": "date",
      "label": "Earliest start date",
      "required": true
    },
    {
      "id": "yearsBucket",
      "kind": "select",
      "label": "Years of professional data engineering experience",
      "options": [
        "0–2",
        "3–5",
        "6–8",
        "9+"
      ],
      "required": true
    },
    {
      "id": "degreeEq",
      "kind": "radio",
      "label": "Do you have a bachelor's degree or equivalent work experience?",
      "options": [
        "Yes",
        "No"
      ],
      "required": true
    },
    {
      "id": "clearance",
      "kind": "select",
      "label": "Active U.S. security clearance",
      "options": [
        "None",
        "Public Trust",
        "Secret",
        "Top Secret"
      ]
    },
    {
      "id": "languages",
      "kind": "checks",
      "label": "Languages you can work in besides English",
      "options": [
        "Spanish",
        "Mandarin",
        "Japanese",
        "Norwegian"
      ]
    },
    {
      "id": "appliedBefore",
      "kind": "radio",
      "label": "Have you applied to Pelagic Systems before?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "id": "referredBy",
      "kind": "text",
      "label": "Referred by (employee name)"
    },
    {
      "id": "notice",
      "kind": "text",
      "label": "Notice period at your current job"
    },
    {
      "id": "bgConsent",
      "kind": "switch",
      "label": "If I receive an offer, I consent to a background check and drug screening",
      "required": true
    }
  ]
});

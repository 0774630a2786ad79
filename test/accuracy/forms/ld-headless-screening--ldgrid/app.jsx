import { mountPosting } from '../ld-headless-screening/form.jsx';

mountPosting({
  "company": "Fennimore Energy",
  "job": "Data Engineer, Site Operations",
  "where": "Austin, TX · On-site",
  "about": [
    "Keep telemetry from our Texas battery sites flowing: ingestion, quality checks and the operations dashboards field crews rely on."
  ],
  "questions": [
    {
      "type": "text",
      "id": "firstName",
      "label": "First name",
      "required": true
    },
    {
      "type": "text",
      "id": "lastName",
      "label": "Last name",
      "required": true
    },
    {
      "type": "text",
      "id": "email",
      "label": "Email",
      "inputType": "email",
      "required": true
    },
    {
      "type": "text",
      "id": "phone",
      "label": "Mobile",
      "inputType": "tel",
      "placeholder": "415-555-0100"
    },
    {
      "type": "text",
      "id": "currentCompany",
      "label": "Where do you work now?"
    },
    {
      "type": "textarea",
      "id": "coverNote",
      "label": "Cover letter"
    },
    {
      "type": "heading",
      "id": "h1",
      "label": "Screening"
    },
    {
      "type": "select",
      "id": "workAuth",
      "required": true,
      "label": "U.S. work authorization",
      "options": [
        "Authorized to work for any U.S. employer",
        "Authorized now, but will need sponsorship later",
        "Need sponsorship now",
        "Not authorized"
      ]
    },
    {
      "type": "radio",
      "id": "liveTexas",
      "required": true,
      "label": "Do you live in Texas?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "radio",
      "id": "relocateAustin",
      "label": "This role is on site in Austin, TX. Are you willing to relocate?",
      "options": [
        "Yes",
        "No",
        "Maybe"
      ]
    },
    {
      "type": "pay",
      "id": "comp",
      "required": true,
      "label": "What are you looking for in base compensation?"
    },
    {
      "type": "select",
      "id": "yearsTotal",
      "required": true,
      "label": "Total years of experience",
      "options": [
        "Less than 3",
        "3 to 5",
        "6 to 8",
        "9 or more"
      ]
    },
    {
      "type": "radio",
      "id": "minFour",
      "required": true,
      "label": "The minimum for this role is 4 years in a data engineering position. Do you meet it?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "select",
      "id": "yearsScada",
      "label": "Years working with SCADA or other OT data",
      "options": [
        "None",
        "Under 2",
        "2–5",
        "Over 5"
      ]
    },
    {
      "type": "radio",
      "id": "bachelorPlus",
      "required": true,
      "label": "Bachelor's degree or higher?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "text",
      "id": "major",
      "label": "Field of study"
    },
    {
      "type": "select",
      "id": "startWindow",
      "label": "Earliest start",
      "options": [
        "Immediately",
        "Within 2 weeks",
        "Within a month",
        "1–2 months",
        "More than 2 months"
      ]
    },
    {
      "type": "radio",
      "id": "fieldVisits",
      "label": "Can you visit battery sites in rural Texas about once a month?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "statements",
      "id": "tickAny",
      "label": "Check the boxes that are true",
      "items": [
        {
          "id": "authorizedUs",
          "label": "I'm authorized to work in the U.S."
        },
        {
          "id": "willNeedVisa",
          "label": "I'll require visa sponsorship at some point"
        },
        {
          "id": "nonCompete",
          "label": "I'm bound by a non-compete agreement"
        }
      ]
    }
  ]
});

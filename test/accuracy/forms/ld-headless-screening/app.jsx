import { mountPosting } from './form.jsx';

mountPosting({
  "company": "Fennimore Energy",
  "job": "Senior Data Engineer, Grid Analytics",
  "where": "Brooklyn, NY · Hybrid (Tue–Thu in office)",
  "about": [
    "Fennimore runs battery storage sites for utilities on the East Coast. You will build the pipelines that carry telemetry and market data into our forecasting models."
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
      "label": "Phone number",
      "inputType": "tel",
      "help": "Include your country code."
    },
    {
      "type": "text",
      "id": "city",
      "label": "City you live in"
    },
    {
      "type": "text",
      "id": "linkedin",
      "label": "LinkedIn URL"
    },
    {
      "type": "text",
      "id": "github",
      "label": "GitHub"
    },
    {
      "type": "heading",
      "id": "h1",
      "label": "A few questions"
    },
    {
      "type": "radio",
      "id": "statusStatement",
      "required": true,
      "label": "Pick the statement that describes you.",
      "options": [
        "I'm free to work for any U.S. employer; Fennimore wouldn't need to file anything for me",
        "I'll need Fennimore to sponsor a visa, now or down the line",
        "I'm on a visa that Fennimore would have to transfer",
        "I'm not able to work in the U.S."
      ]
    },
    {
      "type": "select",
      "id": "unableWithoutSupport",
      "required": true,
      "label": "Would you be unable to work in the U.S. at any point without visa support from Fennimore?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "radio",
      "id": "nycMetro",
      "label": "Are you currently based in the New York City metro area?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "select",
      "id": "brooklynOffice",
      "label": "Our team works from the Brooklyn office Tuesday to Thursday. Which describes you?",
      "options": [
        "I already live in the NYC area",
        "I would relocate to NYC on my own",
        "I would relocate with assistance",
        "I can't work from Brooklyn three days a week"
      ]
    },
    {
      "type": "pay",
      "id": "salary",
      "required": true,
      "label": "Salary expectations",
      "help": "Base pay only. Choose a currency and how often."
    },
    {
      "type": "select",
      "id": "startWindow",
      "label": "When could you start?",
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
      "id": "fivePlus",
      "required": true,
      "label": "Do you have 5+ years of professional data engineering experience?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "select",
      "id": "yearsPython",
      "label": "Years of Python experience",
      "options": [
        "0–1",
        "2–3",
        "4–6",
        "7+"
      ]
    },
    {
      "type": "select",
      "id": "yearsEnergy",
      "label": "Years working in the energy or utilities sector",
      "options": [
        "None",
        "1–2",
        "3–5",
        "6+"
      ]
    },
    {
      "type": "radio",
      "id": "techDegree",
      "label": "Do you have a bachelor's degree or higher in a technical field?",
      "options": [
        "Yes",
        "No"
      ]
    },
    {
      "type": "select",
      "id": "education",
      "required": true,
      "label": "Highest education completed",
      "options": [
        "High school",
        "Associate's",
        "Bachelor's",
        "Master's",
        "Doctorate",
        "Bootcamp / self-taught"
      ]
    },
    {
      "type": "text",
      "id": "school",
      "label": "School"
    },
    {
      "type": "statements",
      "id": "tickAny",
      "label": "Tick any that apply",
      "items": [
        {
          "id": "holdsJob",
          "label": "I currently hold a job"
        },
        {
          "id": "needsSponsor",
          "label": "I need an employer to sponsor my visa"
        },
        {
          "id": "formerEmployee",
          "label": "I've worked at Fennimore before"
        },
        {
          "id": "onCall",
          "label": "I'm open to a weekend on-call rotation"
        }
      ]
    },
    {
      "type": "select",
      "id": "source",
      "label": "How did you hear about us?",
      "options": [
        "LinkedIn",
        "A Fennimore employee",
        "Climatebase",
        "Search engine",
        "Other"
      ]
    }
  ]
});

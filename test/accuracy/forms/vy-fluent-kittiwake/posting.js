// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "Personal details",
   "fields": [
    {
     "key": "firstName",
     "type": "text",
     "label": "First name",
     "required": true
    },
    {
     "key": "surname",
     "type": "text",
     "label": "Surname",
     "required": true
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email address",
     "required": true
    },
    {
     "key": "dialCode",
     "type": "select",
     "label": "Country code",
     "items": [
      [
       "GB",
       "United Kingdom (+44)"
      ],
      [
       "CA",
       "Canada (+1)"
      ],
      [
       "DE",
       "Germany (+49)"
      ],
      [
       "IE",
       "Ireland (+353)"
      ],
      [
       "NL",
       "Netherlands (+31)"
      ],
      [
       "US",
       "United States (+1)"
      ]
     ]
    },
    {
     "key": "mobile",
     "type": "text",
     "input": "tel",
     "label": "Mobile number",
     "required": true,
     "help": "Without the leading 0, e.g. 7700 900123"
    },
    {
     "key": "town",
     "type": "text",
     "label": "Town / city"
    },
    {
     "key": "postcode",
     "type": "text",
     "label": "Postcode / ZIP code"
    },
    {
     "key": "country",
     "type": "combo",
     "label": "Country of residence",
     "required": true,
     "items": "@countries",
     "tlabel": "Country of residence (Fluent Combobox, world-countries; \"United States Minor Outlying Islands\" and \"United States Virgin Islands\" listed)"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn URL"
    }
   ]
  },
  {
   "title": "Experience",
   "fields": [
    {
     "key": "employer",
     "type": "text",
     "label": "Current employer"
    },
    {
     "key": "jobTitle",
     "type": "text",
     "label": "Current job title"
    },
    {
     "key": "years",
     "type": "select",
     "label": "Years of experience in data engineering",
     "required": true,
     "items": [
      "Under 2 years",
      "2–4 years",
      "5–7 years",
      "8–10 years",
      "Over 10 years"
     ]
    },
    {
     "key": "qualification",
     "type": "select",
     "label": "Highest qualification",
     "items": [
      "GCSEs or equivalent",
      "A-levels or equivalent",
      "Bachelor’s degree (BA/BSc)",
      "Master’s degree (MA/MSc)",
      "Doctorate (PhD)"
     ]
    },
    {
     "key": "cv",
     "type": "file",
     "label": "CV",
     "required": true,
     "help": "PDF or Word, up to 5 MB"
    },
    {
     "key": "coveringLetter",
     "type": "textarea",
     "label": "Covering letter",
     "help": null
    }
   ]
  },
  {
   "title": "Right to work and availability",
   "fields": [
    {
     "key": "rightToWork",
     "type": "radio",
     "label": "Do you have the right to work in the United States?",
     "required": true,
     "items": [
      [
       "yes",
       "Yes"
      ],
      [
       "no",
       "No"
      ]
     ]
    },
    {
     "key": "visa",
     "type": "radio",
     "label": "Will you require visa sponsorship from Kittiwake, now or in future?",
     "required": true,
     "items": [
      [
       "yes",
       "Yes"
      ],
      [
       "no",
       "No"
      ]
     ]
    },
    {
     "key": "startDate",
     "type": "text",
     "label": "Earliest start date",
     "help": "DD/MM/YYYY",
     "placeholder": "DD/MM/YYYY"
    },
    {
     "key": "notice",
     "type": "select",
     "label": "Notice period",
     "items": [
      "Immediately available",
      "1 week",
      "2 weeks",
      "1 month",
      "2 months",
      "3 months or more"
     ]
    },
    {
     "key": "currency",
     "type": "select",
     "label": "Salary currency",
     "items": [
      [
       "GBP",
       "GBP (£)"
      ],
      [
       "EUR",
       "EUR (€)"
      ],
      [
       "USD",
       "USD ($)"
      ]
     ]
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Expected salary",
     "help": "Base salary, before tax"
    },
    {
     "key": "per",
     "type": "select",
     "label": "Per",
     "items": [
      [
       "annum",
       "per annum"
      ],
      [
       "day",
       "per day (contract)"
      ]
     ]
    },
    {
     "key": "pronouns",
     "type": "select",
     "label": "Pronouns (optional)",
     "items": [
      "She/her",
      "He/him",
      "They/them",
      "Prefer not to say",
      "Other"
     ]
    },
    {
     "key": "ukTravel",
     "type": "radio",
     "label": "The role includes a week in our London office each quarter. Are you able to travel to the UK?",
     "items": [
      [
       "yes",
       "Yes"
      ],
      [
       "no",
       "No"
      ]
     ]
    }
   ]
  },
  {
   "title": "Equal opportunities and data",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "Where did you hear about this role?",
     "items": [
      "LinkedIn",
      "Otta",
      "Climatebase",
      "Kittiwake website",
      "Referral",
      "Other"
     ]
    },
    {
     "key": "gender",
     "type": "select",
     "label": "Gender (optional)",
     "items": [
      "Woman",
      "Man",
      "Non-binary",
      "Prefer to self-describe",
      "Prefer not to say"
     ]
    },
    {
     "key": "ethnicity",
     "type": "select",
     "label": "Ethnic group (optional)",
     "items": [
      "Asian or Asian British",
      "Black, Black British, Caribbean or African",
      "Mixed or multiple ethnic groups",
      "White",
      "Other ethnic group",
      "Prefer not to say"
     ]
    },
    {
     "key": "talentPool",
     "type": "checkbox",
     "label": "Keep my details on file for future roles (12 months)"
    },
    {
     "key": "privacy",
     "type": "checkbox",
     "label": "I have read the Kittiwake candidate privacy notice (UK GDPR) *"
    }
   ]
  }
 ]
};

// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "Contact information",
   "fields": [
    {
     "key": "fullName",
     "type": "text",
     "label": "Full name"
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email"
    },
    {
     "key": "phone",
     "type": "text",
     "input": "tel",
     "label": "Phone",
     "help": "Include your country code, e.g. +1 303 555 0100"
    },
    {
     "key": "location",
     "type": "combo",
     "label": "Current location",
     "placeholder": "City, state",
     "items": [
      "Boulder, CO",
      "Colorado Springs, CO",
      "Denver, CO",
      "Fort Collins, CO",
      "Oakland, CA",
      "Reno, NV",
      "Salt Lake City, UT",
      "San Francisco, CA",
      "San Mateo, CA",
      "South San Francisco, CA"
     ]
    },
    {
     "key": "state",
     "type": "select",
     "label": "State of residence",
     "items": [
      [
       "AL",
       "Alabama"
      ],
      [
       "AK",
       "Alaska"
      ],
      [
       "AZ",
       "Arizona"
      ],
      [
       "AR",
       "Arkansas"
      ],
      [
       "CA",
       "California"
      ],
      [
       "CO",
       "Colorado"
      ],
      [
       "CT",
       "Connecticut"
      ],
      [
       "DE",
       "Delaware"
      ],
      [
       "DC",
       "District of Columbia"
      ],
      [
       "FL",
       "Florida"
      ],
      [
       "GA",
       "Georgia"
      ],
      [
       "HI",
       "Hawaii"
      ],
      [
       "ID",
       "Idaho"
      ],
      [
       "IL",
       "Illinois"
      ],
      [
       "IN",
       "Indiana"
      ],
      [
       "IA",
       "Iowa"
      ],
      [
       "KS",
       "Kansas"
      ],
      [
       "KY",
       "Kentucky"
      ],
      [
       "LA",
       "Louisiana"
      ],
      [
       "ME",
       "Maine"
      ],
      [
       "MD",
       "Maryland"
      ],
      [
       "MA",
       "Massachusetts"
      ],
      [
       "MI",
       "Michigan"
      ],
      [
       "MN",
       "Minnesota"
      ],
      [
       "MS",
       "Mississippi"
      ],
      [
       "MO",
       "Missouri"
      ],
      [
       "MT",
       "Montana"
      ],
      [
       "NE",
       "Nebraska"
      ],
      [
       "NV",
       "Nevada"
      ],
      [
       "NH",
       "New Hampshire"
      ],
      [
       "NJ",
       "New Jersey"
      ],
      [
       "NM",
       "New Mexico"
      ],
      [
       "NY",
       "New York"
      ],
      [
       "NC",
       "North Carolina"
      ],
      [
       "ND",
       "North Dakota"
      ],
      [
       "OH",
       "Ohio"
      ],
      [
       "OK",
       "Oklahoma"
      ],
      [
       "OR",
       "Oregon"
      ],
      [
       "PA",
       "Pennsylvania"
      ],
      [
       "RI",
       "Rhode Island"
      ],
      [
       "SC",
       "South Carolina"
      ],
      [
       "SD",
       "South Dakota"
      ],
      [
       "TN",
       "Tennessee"
      ],
      [
       "TX",
       "Texas"
      ],
      [
       "UT",
       "Utah"
      ],
      [
       "VT",
       "Vermont"
      ],
      [
       "VA",
       "Virginia"
      ],
      [
       "WA",
       "Washington"
      ],
      [
       "WV",
       "West Virginia"
      ],
      [
       "WI",
       "Wisconsin"
      ],
      [
       "WY",
       "Wyoming"
      ]
     ],
     "placeholder": "Select a state",
     "tlabel": "State of residence (RAC Select, USPS codes as keys)"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn"
    },
    {
     "key": "website",
     "type": "text",
     "input": "url",
     "label": "Personal website (optional)"
    }
   ]
  },
  {
   "title": "Background",
   "fields": [
    {
     "key": "company",
     "type": "text",
     "label": "Current company"
    },
    {
     "key": "title",
     "type": "text",
     "label": "Current title"
    },
    {
     "key": "years",
     "type": "select",
     "label": "How many years of data engineering experience do you have?",
     "items": [
      "0–2",
      "3–4",
      "5–6",
      "7–8",
      "9+"
     ]
    },
    {
     "key": "education",
     "type": "select",
     "label": "Highest level of education completed",
     "items": [
      "High school",
      "Some college",
      "Associate degree",
      "Bachelor’s degree",
      "Master’s degree",
      "Doctorate"
     ]
    },
    {
     "key": "resume",
     "type": "file",
     "label": "Resume",
     "help": "PDF or Word"
    },
    {
     "key": "coverLetter",
     "type": "textarea",
     "label": "Cover letter",
     "help": "Optional, but we read every one."
    }
   ]
  },
  {
   "title": "Application questions",
   "fields": [
    {
     "key": "authorized",
     "type": "radio",
     "label": "Are you legally authorized to work in the United States?",
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
     "key": "sponsorship",
     "type": "radio",
     "vertical": true,
     "label": "Will you now or in the future require sponsorship?",
     "items": [
      [
       "no",
       "No, I do not require sponsorship"
      ],
      [
       "yes",
       "Yes, I will require sponsorship"
      ]
     ]
    },
    {
     "key": "startDate",
     "type": "date",
     "label": "Earliest start date"
    },
    {
     "key": "salary",
     "type": "number",
     "currency": "USD",
     "label": "Desired annual base salary"
    },
    {
     "key": "pronouns",
     "type": "select",
     "label": "Pronouns",
     "items": [
      "she/her",
      "he/him",
      "they/them",
      "ze/hir",
      "Prefer not to say",
      "Let me self-describe"
     ]
    },
    {
     "key": "reno",
     "type": "radio",
     "label": "This role includes quarterly visits to our Reno, NV distribution center (about 15% travel). Is that workable for you?",
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
     "key": "retailYears",
     "type": "number",
     "label": "Years working with retail or e-commerce data"
    }
   ]
  },
  {
   "title": "Voluntary disclosures",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "How did you hear about Bristlecone?",
     "items": [
      "LinkedIn",
      "Built In Colorado",
      "Our stores",
      "Friend or employee",
      "Podcast",
      "Other"
     ]
    },
    {
     "key": "gender",
     "type": "select",
     "label": "Gender",
     "items": [
      "Female",
      "Male",
      "Non-binary",
      "I don’t wish to answer"
     ]
    },
    {
     "key": "veteran",
     "type": "select",
     "label": "Veteran status",
     "items": [
      "I am a protected veteran",
      "I am not a protected veteran",
      "I don’t wish to answer"
     ]
    },
    {
     "key": "smsOptIn",
     "type": "checkbox",
     "label": "Text me updates about my application"
    },
    {
     "key": "terms",
     "type": "checkbox",
     "label": "I certify that the information I provided is true and complete."
    }
   ]
  }
 ]
};

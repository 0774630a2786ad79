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
     "label": "Phone number",
     "placeholder": "(303) 555-0100"
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
     "label": "GitHub (optional)"
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
     "label": "Years of experience in analytics engineering or BI",
     "items": [
      "Less than 3 years",
      "3 to 5 years",
      "6 to 8 years",
      "More than 8 years"
     ]
    },
    {
     "key": "education",
     "type": "select",
     "label": "Education",
     "items": [
      "High school diploma or GED",
      "Bachelor’s",
      "Master’s",
      "Doctorate",
      "Other / none of these"
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
     "label": "Work authorization",
     "items": [
      [
       "yes",
       "Yes, I am authorized to work in the US"
      ],
      [
       "no",
       "No, I am not authorized"
      ]
     ]
    },
    {
     "key": "sponsorship",
     "type": "radio",
     "label": "Will you require Bristlecone to sponsor an employment visa?",
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
     "type": "date",
     "label": "When can you start?"
    },
    {
     "key": "salary",
     "type": "number",
     "currency": "USD",
     "label": "Desired base pay (per year)"
    },
    {
     "key": "adult",
     "type": "radio",
     "label": "Are you at least 18 years of age?",
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
     "key": "looker",
     "type": "radio",
     "vertical": true,
     "label": "Which BI tool have you used the most?",
     "items": [
      "Looker",
      "Tableau",
      "Power BI",
      "Mode",
      "Other"
     ]
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

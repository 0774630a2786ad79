// The posting this page shows: its sections and questions (read by app.jsx).
export const posting = {
 "sections": [
  {
   "title": "About you",
   "fields": [
    {
     "key": "firstName",
     "type": "text",
     "label": "First name",
     "required": true
    },
    {
     "key": "lastName",
     "type": "text",
     "label": "Last name",
     "required": true
    },
    {
     "key": "email",
     "type": "text",
     "input": "email",
     "label": "Email",
     "required": true
    },
    {
     "key": "phone",
     "type": "text",
     "input": "tel",
     "label": "Phone",
     "help": "Format: 412-555-0100"
    },
    {
     "key": "location",
     "type": "combo",
     "label": "Where do you live?",
     "required": true,
     "placeholder": "Start typing a city",
     "items": [
      "Austin, TX",
      "Philadelphia, PA",
      "Pittsburgh, PA",
      "San Francisco, CA",
      "San Jose, CA",
      "Santa Fe, NM",
      "Seattle, WA",
      "South San Francisco, CA",
      "Toronto, ON"
     ]
    },
    {
     "key": "country",
     "type": "select",
     "label": "Country",
     "items": "@countries",
     "placeholder": "Select a country"
    },
    {
     "key": "github",
     "type": "text",
     "label": "GitHub username",
     "prefix": "github.com/"
    },
    {
     "key": "linkedin",
     "type": "text",
     "input": "url",
     "label": "LinkedIn profile URL"
    }
   ]
  },
  {
   "title": "Experience",
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
     "type": "menu",
     "label": "Years of professional experience",
     "items": [
      "0–3 years",
      "4–6 years",
      "7–9 years",
      "10+ years"
     ],
     "placeholder": "Choose a range",
     "tlabel": "Years of professional experience (Primer ActionMenu, single-select menuitemradio)"
    },
    {
     "key": "degree",
     "type": "select",
     "label": "Highest degree",
     "items": [
      [
       "none",
       "No degree"
      ],
      [
       "associate",
       "Associate"
      ],
      [
       "bachelor",
       "Bachelor's"
      ],
      [
       "master",
       "Master's"
      ],
      [
       "doctorate",
       "Doctorate"
      ]
     ],
     "placeholder": "Choose one"
    },
    {
     "key": "school",
     "type": "text",
     "label": "School"
    },
    {
     "key": "resume",
     "type": "file",
     "label": "Resume",
     "help": "PDF preferred"
    },
    {
     "key": "coverLetter",
     "type": "textarea",
     "label": "Cover letter (optional)"
    }
   ]
  },
  {
   "title": "Logistics",
   "fields": [
    {
     "key": "authorized",
     "type": "radio",
     "label": "Are you authorized to work in the United States?",
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
     "key": "sponsorship",
     "type": "radio",
     "label": "Visa sponsorship",
     "required": true,
     "items": [
      [
       "never",
       "I will not need sponsorship"
      ],
      [
       "later",
       "I will need sponsorship in the future"
      ],
      [
       "now",
       "I need sponsorship now"
      ]
     ]
    },
    {
     "key": "startDate",
     "type": "text",
     "input": "date",
     "label": "Earliest start date"
    },
    {
     "key": "salary",
     "type": "text",
     "label": "Desired base salary",
     "prefix": "$",
     "suffix": "USD"
    },
    {
     "key": "timezone",
     "type": "select",
     "label": "Which time zone do you work in?",
     "items": [
      "Pacific (UTC−8)",
      "Mountain (UTC−7)",
      "Central (UTC−6)",
      "Eastern (UTC−5)",
      "Other"
     ],
     "placeholder": "Select"
    },
    {
     "key": "pronouns",
     "type": "menu",
     "label": "Pronouns (optional)",
     "items": [
      "she/her",
      "he/him",
      "they/them",
      "Prefer not to say"
     ],
     "placeholder": "Select pronouns",
     "tlabel": "Pronouns (Primer ActionMenu)"
    },
    {
     "key": "oss",
     "type": "radio",
     "label": "Do you maintain an open-source project with 100+ stars?",
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
   "title": "Optional",
   "fields": [
    {
     "key": "source",
     "type": "select",
     "label": "How did you hear about us?",
     "items": [
      "GitHub",
      "Hacker News",
      "LinkedIn",
      "A friend",
      "Conference talk",
      "Other"
     ],
     "placeholder": "Select"
    },
    {
     "key": "gender",
     "type": "select",
     "label": "Gender identity (voluntary)",
     "items": [
      "Woman",
      "Man",
      "Non-binary",
      "Prefer not to say"
     ],
     "placeholder": "Select"
    },
    {
     "key": "productNews",
     "type": "checkbox",
     "label": "Send me Ferrous product news (a few emails a year)"
    },
    {
     "key": "privacy",
     "type": "checkbox",
     "label": "I agree to the Ferrous candidate privacy statement",
     "required": true
    }
   ]
  }
 ]
};

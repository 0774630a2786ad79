/** Ashby's U.S. Equal Employment Opportunity survey section (radio lists), shared by the postings. */
export const EEO_SECTION = {
  title: 'U.S. Equal Employment Opportunity Survey',
  description:
    'Lanternfish AI is an equal opportunity employer. Completing this survey is voluntary; your answers are kept separate from your application and will not be seen by the hiring team.',
  questions: [
    { name: '_eeoc_gender', label: 'Gender', kind: 'radio', options: ['Male', 'Female', 'Decline to self-identify'] },
    { name: '_eeoc_race', label: 'Race', kind: 'radio', options: ['Hispanic or Latino', 'White (Not Hispanic or Latino)', 'Black or African American (Not Hispanic or Latino)', 'Asian (Not Hispanic or Latino)', 'Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)', 'American Indian or Alaska Native (Not Hispanic or Latino)', 'Two or More Races (Not Hispanic or Latino)', 'Decline to self-identify'] },
    { name: '_eeoc_veteran', label: 'Veteran Status', kind: 'radio', options: ['I am a protected veteran', 'I am not a protected veteran', 'Decline to self-identify'] },
    { name: '_eeoc_disability', label: 'Disability Status', kind: 'radio', options: ['Yes, I have a disability (or previously had a disability)', 'No, I do not have a disability', 'I do not wish to answer'] },
  ],
};

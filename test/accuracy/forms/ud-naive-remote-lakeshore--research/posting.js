/* This posting's text and questions. */
export const posting = {
  title: 'Data Engineer, Research Informatics',
  team: 'Lakeshore Research Institute',
  where: 'Chicago, IL (hybrid) or remote',
  req: 'R-24907',
  about: [
    'The Lakeshore Research Institute runs 600 active studies, from neonatal genomics to asthma registries. Research Informatics gives investigators the data they are approved to see, and nothing more.',
    'You will build de-identified research marts from the clinical warehouse, automate IRB-approved extracts and keep the OMOP common data model current.',
  ],
  yearsLabel: 'Years of experience with data pipelines',
  yearsOptions: ['Less than 2', '2 to 5', '5 to 8', 'More than 8'],
  questions: [
    { key: 'omop', type: 'radio', label: 'Have you worked with the OMOP common data model?', options: ['Yes', 'No', 'Not sure'] },
    { key: 'irb', type: 'select', label: 'Have you completed CITI human-subjects research training?', options: ['Yes, current', 'Yes, expired', 'No'] },
  ],
};

import { renderCorvane } from '../vd-wdhui-corvane/form.jsx';

renderCorvane({
  title: 'Analytics Engineer, Hydrogen Ventures',
  location: 'Houston, TX, United States of America · Calgary, AB, Canada',
  reqId: 'R-0049170',
  dateLabel: 'Earliest Available Start Date',
  salaryLabel: 'Expected Base Pay',
  questions: [
    { id: 'primaryQuestionnaire--b71e4d10', kind: 'location', required: true, label: 'Current Location (City)' },
    { id: 'primaryQuestionnaire--b71e4d11', required: true, label: 'Do you now, or will you in the future, require sponsorship for employment visa status (e.g., H-1B, TN) to work for Corvane?', options: ['No, I do not require sponsorship now or in the future', 'Yes, I require sponsorship now or in the future'] },
    { id: 'primaryQuestionnaire--b71e4d12', required: true, label: 'Please select the total number of years of professional experience you have.', options: ['0 - 1 years', '2 - 4 years', '5 - 7 years', '8 - 10 years', 'More than 10 years'] },
    { id: 'primaryQuestionnaire--b71e4d13', required: true, label: 'Are you currently employed?', options: ['Yes, I am currently employed', 'No, I am not currently employed'] },
    { id: 'primaryQuestionnaire--b71e4d14', required: true, label: 'Are you legally eligible to work in the United States of America without restriction?', options: ['No, I am not eligible to work in the United States', 'Yes, I am eligible to work in the United States'] },
    { id: 'primaryQuestionnaire--b71e4d15', required: true, label: 'Which office would you work from?', options: ['Houston, TX', 'Calgary, AB', 'Either'] },
    { id: 'primaryQuestionnaire--b71e4d16', required: false, label: 'Have you worked with hydrogen, LNG or other energy commodity data?', options: ['Yes, I have worked with energy commodity data', 'No, but I am keen to learn'] },
  ],
});

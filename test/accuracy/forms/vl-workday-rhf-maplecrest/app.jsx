import { renderMaplecrest } from './form.jsx';

renderMaplecrest({
  title: 'Senior Data Engineer, Loyalty & Personalization',
  location: 'Seattle, WA (hybrid) or remote in the US Pacific time zone · Maplecrest US Inc. · Full time · JR-20418',
  blurb: 'Maplecrest runs 310 grocery stores in Canada and, since 2022, 46 in Washington and Oregon. The loyalty data team turns 9 million weekly baskets into the personalized offers in the Maplecrest app.',
  locationLabel: 'Current Location',
  yearsLabel: 'How many years of relevant professional experience do you have?',
  buckets: ['0-1 Years', '2-4 Years', '5-7 Years', '8-10 Years', '11+ Years'],
  authLabel: 'Are you legally authorized to work in the country in which this job is located?',
  authOptions: ['Yes, I am legally authorized to work in this country', 'No, I am not legally authorized to work in this country'],
  sponsorLabel: 'Will you now or in the future require sponsorship for employment visa status?',
  sponsorOptions: ['Yes, I will require sponsorship', 'No, I will not require sponsorship'],
  questions: [
    { id: 'q_former', kind: 'listbox', label: 'Have you previously worked for Maplecrest Grocers or any of its banners (FreshWay, Northgate Market)?', options: ['Yes', 'No'] },
    { id: 'q_retail', kind: 'listbox', label: 'Do you have experience with retail loyalty or point-of-sale data?', options: ['Yes', 'No'] },
    { id: 'q_offers', kind: 'text', label: 'Tell us about a personalization or recommendation model you helped put into production. What data did it use, and how did you know it worked?' },
  ],
});

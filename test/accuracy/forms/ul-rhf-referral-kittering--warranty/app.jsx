// Another posting of the Kittering Bikes careers page: same app, the job's questions come from the page.
import '../ul-rhf-referral-kittering/app.jsx';

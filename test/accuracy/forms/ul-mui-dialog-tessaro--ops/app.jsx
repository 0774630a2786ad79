// Another posting of the Tessaro Fresh apply dialog: same app, the job's questions come from the page.
import '../ul-mui-dialog-tessaro/app.jsx';

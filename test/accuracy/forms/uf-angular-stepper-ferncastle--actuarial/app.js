// Another posting of the Ferncastle Mutual apply stepper: same app, the job's questions come from the page.
import '../uf-angular-stepper-ferncastle/app.js';

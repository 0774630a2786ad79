// Another posting of qg-wa-stepper: the same page script (panels, model, validation).
import '../qg-wa-stepper/app.js';

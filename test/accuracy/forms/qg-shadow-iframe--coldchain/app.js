/* Another Orchard & Vale posting: the same <ov-job-page> Lit element (shadow root, share box, ATS iframe). */
import '../qg-shadow-iframe/app.js';

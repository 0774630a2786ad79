// Another posting of the Brightkeel Marine apply flow: same app, the job's questions come from the page.
import '../uf-vue-pinia-quasar-brightkeel/app.js';

// Another Wrenfield Labs careers page state: same app, other open roles and another link fragment.
import '../ul-vue-roles-wrenfield/app.js';

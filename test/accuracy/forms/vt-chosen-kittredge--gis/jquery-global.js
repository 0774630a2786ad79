/* Classic jQuery plugins read the global `jQuery` when they load, as they do on pages that include them with script tags. */
import $ from 'jquery';

window.jQuery = $;
window.$ = $;

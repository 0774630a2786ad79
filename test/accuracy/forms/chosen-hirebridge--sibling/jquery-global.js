/* Chosen is a classic jQuery plugin: it reads the global `jQuery` when it loads, as it does on the ATS pages that include it with script tags. */
import $ from 'jquery';

window.jQuery = $;
window.$ = $;

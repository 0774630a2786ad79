/* jQuery UI's UMD wrapper looks for a global jQuery (as the site's <script> tags would provide it): set it before the widgets load. */
import $ from 'jquery';

window.jQuery = window.$ = $;

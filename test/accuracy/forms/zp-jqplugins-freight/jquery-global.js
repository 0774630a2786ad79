/* The plugins' UMD wrappers look for a global jQuery, as the site's <script> tags would give them. */
import $ from 'jquery';

window.jQuery = window.$ = $;

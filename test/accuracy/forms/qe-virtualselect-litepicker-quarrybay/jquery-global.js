import $ from 'jquery';

// multiple-select is a jQuery plugin that expects the page's global jQuery (a <script> tag on the real site).
window.$ = window.jQuery = $;

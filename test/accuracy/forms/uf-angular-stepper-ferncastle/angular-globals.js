/* The globals the Angular CLI defines at build time; a page bundled without the CLI sets them itself (this one renders in the browser only). */
globalThis.ngServerMode = false;
globalThis.ngDevMode = false;

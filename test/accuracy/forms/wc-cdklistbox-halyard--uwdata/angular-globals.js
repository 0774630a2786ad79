/* The globals the Angular CLI defines at build time; a page bundled without the CLI sets them itself. */
globalThis.ngServerMode = false;
globalThis.ngDevMode = false;

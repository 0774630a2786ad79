import serverPackage from '../../package.json' with { type: 'json' };

/** The server's version, from its package.json (the bundler inlines it into dist/). */
export const SERVER_VERSION: string = serverPackage.version;

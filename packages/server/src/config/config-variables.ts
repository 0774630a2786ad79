/**
 * Every environment variable the server reads, with its default and safe range. This table is the
 * single source for validation, error messages and the README's configuration section.
 */
export interface NumberVariable {
  kind: 'number';
  env: string;
  default: number;
  min: number;
  max: number;
  integer: boolean;
  description: string;
}
export interface FlagVariable {
  kind: 'flag';
  env: string;
  default: boolean;
  description: string;
}
export interface TextVariable {
  kind: 'text';
  env: string;
  default: string;
  description: string;
  /** A value other than the empty default must match this; `hint` says how in the error. */
  pattern?: RegExp;
  hint?: string;
}
export type ConfigVariable = NumberVariable | FlagVariable | TextVariable;

export const CONFIG_VARIABLES = {
  aggEnabled: {
    kind: 'flag',
    env: 'COMPANION_AUTOFILL_AGG_ENABLED',
    default: true,
    description: 'master switch for the scheduled aggregator',
  },
  aggEveryHours: {
    kind: 'number',
    env: 'AGG_EVERY_HOURS',
    default: 6,
    min: 0.001,
    max: 168,
    integer: false,
    description: 'hours between aggregator runs (±10 % jitter)',
  },
  aggLeaseSeconds: {
    kind: 'number',
    env: 'COMPANION_AGG_LEASE_SECONDS',
    default: 120,
    min: 2,
    max: 86_400,
    integer: true,
    description:
      'the aggregation lease’s time to live, renewed every third of it while a run works: a run whose process died blocks the next one for at most this long, then is counted `abandoned`',
  },
  aggLookbackDays: {
    kind: 'number',
    env: 'AGG_LOOKBACK_DAYS',
    default: 30,
    min: 1,
    max: 365,
    integer: true,
    description: 'days of events each aggregation reads',
  },
  profileEnabled: {
    kind: 'flag',
    env: 'COMPANION_AUTOFILL_PROFILE_ENABLED',
    default: true,
    description: '0 = shadow mode: events stored, profiles always answered `disabled`',
  },
  qualityMinSuccess: {
    kind: 'number',
    env: 'COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS',
    default: 0.6,
    min: 0,
    max: 1,
    integer: false,
    description: 'guard: reject a profile whose success rate is below this',
  },
  qualityMaxEdit: {
    kind: 'number',
    env: 'COMPANION_AUTOFILL_QUALITY_MAX_EDIT',
    default: 500,
    min: 0,
    max: 100_000,
    integer: false,
    description: 'guard: reject a profile whose average edit chars per run is above this',
  },
  minSupportRuns: {
    kind: 'number',
    env: 'COMPANION_AUTOFILL_MIN_SUPPORT_RUNS',
    default: 3,
    min: 1,
    max: 10_000,
    integer: true,
    description: 'a selector enters a profile only with at least this many runs voting for it',
  },
  minSupportInstalls: {
    kind: 'number',
    env: 'COMPANION_AUTOFILL_MIN_SUPPORT_INSTALLS',
    default: 2,
    min: 1,
    max: 10_000,
    integer: true,
    description: '… from at least this many distinct installs',
  },
  minVoteShare: {
    kind: 'number',
    env: 'COMPANION_AUTOFILL_MIN_VOTE_SHARE',
    default: 0.6,
    min: 0.5,
    max: 1,
    integer: false,
    description: '… holding at least this share of the selector’s (per-install) votes',
  },
  voteMinNetworks: {
    kind: 'number',
    env: 'COMPANION_VOTE_MIN_NETWORKS',
    default: 1,
    min: 1,
    max: 1_000,
    integer: true,
    description:
      '… from installs on at least this many distinct networks (/24 or /48); more than 1 needs COMPANION_NETWORK_KEY_SECRET',
  },
  voteNetworkCap: {
    kind: 'number',
    env: 'COMPANION_VOTE_NETWORK_CAP',
    default: 0,
    min: 0,
    max: 10_000,
    integer: true,
    description: 'the installs of one network weigh at most this many votes together in a form; 0 = no cap',
  },
  voteFlipMargin: {
    kind: 'number',
    env: 'COMPANION_VOTE_FLIP_MARGIN',
    default: 0,
    min: 0,
    max: 1,
    integer: false,
    description:
      'a served mapping changes only when the new name’s vote share beats the served one’s by this much; 0 = every run elects afresh',
  },
  voteMinInstallAgeHours: {
    kind: 'number',
    env: 'COMPANION_VOTE_MIN_INSTALL_AGE_HOURS',
    default: 0,
    min: 0,
    max: 8_760,
    integer: false,
    description: 'an install votes (and counts in the quality guard) only this long after the server first saw it',
  },
  voteMinInstallRuns: {
    kind: 'number',
    env: 'COMPANION_VOTE_MIN_INSTALL_RUNS',
    default: 0,
    min: 0,
    max: 100_000,
    integer: true,
    description: '… and once it has this many stored events',
  },
  quotaInstallEventsPerDay: {
    kind: 'number',
    env: 'COMPANION_QUOTA_INSTALL_EVENTS_PER_DAY',
    default: 0,
    min: 0,
    max: 10_000_000,
    integer: true,
    description: 'events one install may store per UTC day (429 + Retry-After beyond); 0 = no quota',
  },
  quotaNetworkEventsPerDay: {
    kind: 'number',
    env: 'COMPANION_QUOTA_NETWORK_EVENTS_PER_DAY',
    default: 0,
    min: 0,
    max: 100_000_000,
    integer: true,
    description: 'events one network (/24 or /48) may store per UTC day; 0 = no quota',
  },
  networkKeySecret: {
    kind: 'text',
    env: 'COMPANION_NETWORK_KEY_SECRET',
    default: '',
    description:
      'secret of the keyed hash that stores a sender’s network instead of its address; empty = a random one per process (warned; refused when COMPANION_VOTE_MIN_NETWORKS > 1 or COMPANION_VOTE_NETWORK_CAP > 0)',
    pattern: /^[A-Za-z0-9_\-.~+/=]{32,256}$/,
    hint: '32-256 chars [A-Za-z0-9_-.~+/=], e.g. openssl rand -base64 48',
  },
  testNetworkHeader: {
    kind: 'text',
    env: 'COMPANION_TEST_NETWORK_HEADER',
    default: '',
    description:
      'TEST RIGS ONLY: a request header whose value names the sender’s network instead of its address; refused when NODE_ENV=production',
    pattern: /^x-[a-z0-9-]{1,60}$/,
    hint: 'a lower-case header name starting with x-',
  },
  port: {
    kind: 'number',
    env: 'COMPANION_PORT',
    default: 8003,
    min: 0,
    max: 65_535,
    integer: true,
    description: 'HTTP port (0 = any free port)',
  },
  listenHost: {
    kind: 'text',
    env: 'COMPANION_HOST',
    default: '127.0.0.1',
    description: 'interface to listen on; 0.0.0.0 to accept remote clients',
  },
  dbPath: {
    kind: 'text',
    env: 'COMPANION_DB_PATH',
    default: './data/companion.db',
    description: 'SQLite database file (created with its folder)',
  },
  dbMaxBytes: {
    kind: 'number',
    env: 'COMPANION_DB_MAX_BYTES',
    default: 0,
    min: 0,
    max: 1e15,
    integer: true,
    description:
      'SQLite only: the largest the database file may grow (bytes; 0 = until the disk is full); past it syncs answer 503 + Retry-After and /readyz reports `full`',
  },
  databaseUrl: {
    kind: 'text',
    env: 'COMPANION_DATABASE_URL',
    default: '',
    pattern: /^postgres(ql)?:\/\/\S+$/,
    hint: 'a postgres:// or postgresql:// URL (empty: the SQLite file of COMPANION_DB_PATH)',
    description:
      'PostgreSQL for several stateless replicas, e.g. postgres://user:pass@db:5432/companion; wins over COMPANION_DB_PATH',
  },
  metricsHostCap: {
    kind: 'number',
    env: 'COMPANION_METRICS_HOST_CAP',
    default: 200,
    min: 1,
    max: 5_000,
    integer: true,
    description: 'distinct `host` label values; the rest become `__other__`',
  },
  metricsTimeHostCap: {
    kind: 'number',
    env: 'COMPANION_METRICS_TIME_HOST_CAP',
    default: 50,
    min: 1,
    max: 5_000,
    integer: true,
    description:
      'distinct `host` values on the time-to-fill histogram (11 series each), within COMPANION_METRICS_HOST_CAP; the rest become `__other__`',
  },
  requestTimeoutSeconds: {
    kind: 'number',
    env: 'COMPANION_REQUEST_TIMEOUT_SECONDS',
    default: 30,
    min: 1,
    max: 600,
    integer: true,
    description: 'a request must arrive whole within this many seconds: a slow-body client cannot hold sockets open',
  },
  bodyLimitBytes: {
    kind: 'number',
    env: 'COMPANION_BODY_LIMIT_BYTES',
    default: 2_097_152,
    min: 1_024,
    max: 67_108_864,
    integer: true,
    description: 'largest accepted request body (413 above)',
  },
  logLevel: {
    kind: 'text',
    env: 'COMPANION_LOG_LEVEL',
    default: 'info',
    description: 'fatal, error, warn, info, debug or silent',
  },
  apiKeys: {
    kind: 'text',
    env: 'COMPANION_API_KEYS',
    default: '',
    description: 'comma-separated keys the extension sends as x-api-key; empty = open (warned at start)',
    pattern: /^[A-Za-z0-9_\-.~]{16,128}(,[A-Za-z0-9_\-.~]{16,128})*$/,
    hint: 'comma-separated keys of 16-128 chars [A-Za-z0-9_-.~]',
  },
  adminToken: {
    kind: 'text',
    env: 'COMPANION_ADMIN_TOKEN',
    default: '',
    description: 'bearer token for /api/admin/*; empty = admin endpoints refuse (403)',
    pattern: /^[A-Za-z0-9_\-.~]{24,256}$/,
    hint: '24-256 chars [A-Za-z0-9_-.~]',
  },
  corsOrigins: {
    kind: 'text',
    env: 'COMPANION_CORS_ORIGINS',
    default: '',
    description: 'comma-separated origins allowed by CORS, e.g. chrome-extension://<id>; empty = none',
    pattern: /^[a-z][a-z0-9+.-]*:\/\/[^,\s/]+(,[a-z][a-z0-9+.-]*:\/\/[^,\s/]+)*$/,
    hint: 'comma-separated origins like chrome-extension://abcdef or https://app.example.com',
  },
  trustProxy: {
    kind: 'text',
    env: 'COMPANION_TRUST_PROXY',
    default: '0',
    description:
      'behind reverse proxies: their number (1 = one proxy) or their addresses/CIDR ranges, comma-separated; the client IP (per-IP limits) is then read from X-Forwarded-For, right to left; 0 = no proxy',
  },
  rateLimitPerIp: {
    kind: 'number',
    env: 'COMPANION_RATE_LIMIT_PER_IP',
    default: 600,
    min: 1,
    max: 10_000_000,
    integer: true,
    description: 'requests per minute from one IP address (429 + Retry-After above)',
  },
  rateLimitPerInstall: {
    kind: 'number',
    env: 'COMPANION_RATE_LIMIT_PER_INSTALL',
    default: 300,
    min: 1,
    max: 10_000_000,
    integer: true,
    description: 'events synced plus profile requests per minute from one install_id (every event of a batch counts)',
  },
  retentionDays: {
    kind: 'number',
    env: 'COMPANION_RETENTION_DAYS',
    default: 180,
    min: 1,
    max: 3_650,
    integer: true,
    description: 'events older than this are pruned daily; must be ≥ AGG_LOOKBACK_DAYS',
  },
  tuningFile: {
    kind: 'text',
    env: 'COMPANION_TUNING_FILE',
    default: '',
    description:
      'JSON file of experiments and per-host / per-ATS quality thresholds, reloaded on change and on SIGHUP; empty = none',
  },
} as const satisfies Record<string, ConfigVariable>;

export type ConfigKey = keyof typeof CONFIG_VARIABLES;

/**
 * The server's public face: build the app, open a store, load the configuration. Routes, metrics
 * and the aggregator's internals are deliberately not exported.
 */
export { buildApp, type BuildAppOptions } from './app.ts';
export { loadConfig, ConfigError, type ServerConfig } from './config/load-config.ts';
export { CONFIG_VARIABLES } from './config/config-variables.ts';
export { createSqliteStore } from './store/sqlite/sqlite-store.ts';
export type {
  Store,
  EventStore,
  ProfileStore,
  AggregatorRunStore,
  FormProfile,
  FieldProfile,
  WindowAggregation,
} from './store/store-port.ts';
export { createAggregatorRunner, type AggregatorRunSummary } from './aggregator/aggregator-runner.ts';

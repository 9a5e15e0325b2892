import type { Settings } from '../settings/settings.js';

/** Progress and diagnostics for people; the report is the result. */
export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
}

/** What every command receives: resolved settings and the seams with the outside world. */
export interface CommandContext {
  settings: Settings;
  now: Date;
  log: Logger;
  /** What only the action can provide: a GitHub OIDC token for federated sign-in. */
  azure?: { getIdToken?: (audience: string) => Promise<string> };
}

export const silentLogger: Logger = { info() {}, debug() {}, warning() {} };

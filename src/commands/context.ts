import type { ApprovalChannel } from '../apply/approval.js';
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
  /**
   * What only the action can provide: a GitHub OIDC token for federated sign-in. `pollIntervalMs` sets the
   * wait between polls of long-running operations (default 2 s, as core-lro).
   */
  azure?: { getIdToken?: (audience: string) => Promise<string>; pollIntervalMs?: number };
  /**
   * How apply is approved without --auto-approve: the action's `command: apply` (`workflow`), or a
   * question in the terminal. Absent: nobody can approve (a CLI in CI).
   */
  approval?: ApprovalChannel;
}

export const silentLogger: Logger = { info() {}, debug() {}, warning() {} };

import type { PlannedChange } from '../plan/model.js';

/**
 * What became of one planned change: done (written and verified by a direct ARM read), failed, not
 * attempted because something it depends on failed, or cut short because the run was interrupted.
 */
export type ChangeStatus = 'done' | 'failed' | 'not-attempted' | 'interrupted';

export interface ChangeResult {
  change: PlannedChange;
  status: ChangeStatus;
  elapsedMs: number;
  /** For done: anything worth saying (e.g. "already granted under another name"); else why not. */
  note?: string;
}

/** The clock and pacing of an apply; production defaults in timing.ts, tests shorten them. */
export interface ApplyTiming {
  /** Wait between polls of long-running operations and of states Azure changes on its own. */
  pollIntervalMs: number;
  /** validateForBackup / instance PUT retries on role-propagation errors (AZURE-FACTS.md §2.4). */
  propagation: Backoff;
  /** Role assignment retries on PrincipalNotFound (CLI enable-backup: 3 retries 10 s apart, §2.4). */
  principalNotFound: Backoff;
  /** Retries of a write whose long-running operation failed transiently. */
  transient: Backoff;
  /** How long to wait for a provider to become Registered (up to 10 min, MAN26, §1.5). */
  registrationTimeoutMs: number;
  /**
   * How long a role assignment for the extension's identity waits for an extension another run started
   * installing to finish (installs take minutes: "Creation complete after 3m58s", TF #26911).
   */
  extensionTimeoutMs: number;
  /** How long to wait for a new instance to leave ConfiguringProtection before reporting it pending. */
  protectionTimeoutMs: number;
}

export interface Backoff {
  /** Attempts in all, the first included. */
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

/**
 * Which failures of a write are worth another attempt, and how long to wait. Transport-level retries
 * (429, 5xx, resets) already happened in ArmHttp; these are the failures Azure reports about the
 * operation itself:
 *  - role propagation (AZURE-FACTS.md §2.4): validation and instance creation fail for minutes after a new
 *    assignment. Azure's message says so ("wait for some time before retrying since the role propagation
 *    can take a while", crossplane-contrib/provider-upjet-azure#876); codes seen for missing permissions
 *    are matched too, and so is an extension that is still installing;
 *  - PrincipalNotFound: a new identity not yet replicated to the directory (§2.2, §2.4);
 *  - transient: a long-running operation that ended Failed with a service-side code, or 5xx/429 answers
 *    that outlasted the transport retries. User errors (`UserError…`, `BMSUserError…`, `Invalid…`,
 *    authorization) are never retried: repeating them changes nothing.
 */
import type { Timer } from '../azure/retry.js';
import type { Backoff } from './model.js';

export type FailureClass = 'propagation' | 'principal-not-found' | 'transient' | 'final';

interface ErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
}

const PROPAGATION_CODES =
  /MissingRequiredPermissions|MSIMissingPermissions|PermissionsNotConfigured|KubernetesBackupExtensionUnhealthy/i;
const PROPAGATION_TEXT =
  /role propagation|wait for some time before retrying|permissions have already been assigned/i;
const USER_ERROR =
  /^(BMS)?UserError|^Invalid|^BadRequest|Authorization|NotFound$|^Conflict$|^RoleAssignment/i;
const TRANSIENT_CODES =
  /InternalServerError|InternalError|ServiceUnavailable|ServerBusy|Timeout|TooManyRequests|Throttl|Retryable|AnotherOperationInProgress|TransientError|^(ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ECONNREFUSED|EPIPE|EAI_AGAIN|ENOTFOUND)$/i;

export function classifyFailure(error: unknown): FailureClass {
  const e = (error ?? {}) as ErrorLike;
  const code = e.code ?? '';
  if (code === 'PrincipalNotFound') return 'principal-not-found';
  if (PROPAGATION_CODES.test(code) || PROPAGATION_TEXT.test(e.message ?? '')) return 'propagation';
  if (code !== '' && USER_ERROR.test(code)) return 'final';
  if (e.statusCode !== undefined) {
    const s = e.statusCode;
    return s === 408 || s === 429 || (s >= 500 && s !== 501 && s !== 505) ? 'transient' : 'final';
  }
  if (code === '' || TRANSIENT_CODES.test(code)) return 'transient';
  return 'final';
}

export interface RetryBudget {
  propagation?: Backoff;
  principalNotFound?: Backoff;
  transient?: Backoff;
}

/**
 * Runs `attempt` until it succeeds, fails finally, or the budget of its failure class runs out. Each class
 * counts its own attempts, so a transient failure does not use up the propagation wait.
 */
export async function withWriteRetries<T>(
  attempt: () => Promise<T>,
  budget: RetryBudget,
  timer: Timer,
  signal: AbortSignal | undefined,
  onRetry?: (failure: FailureClass, error: unknown, waitMs: number) => void,
): Promise<T> {
  const used: Record<FailureClass, number> = {
    propagation: 0,
    'principal-not-found': 0,
    transient: 0,
    final: 0,
  };
  for (;;) {
    signal?.throwIfAborted();
    try {
      return await attempt();
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure = classifyFailure(error);
      const backoff =
        failure === 'propagation'
          ? budget.propagation
          : failure === 'principal-not-found'
            ? budget.principalNotFound
            : failure === 'transient'
              ? budget.transient
              : undefined;
      used[failure]++;
      if (backoff === undefined || used[failure] >= backoff.attempts) throw error;
      const delay = Math.min(backoff.firstDelayMs * 2 ** (used[failure] - 1), backoff.maxDelayMs);
      const waitMs = delay * (0.75 + 0.25 * timer.random());
      onRetry?.(failure, error, waitMs);
      await sleep(timer, waitMs, signal);
    }
  }
}

/** A sleep that ends early when the run is interrupted. */
export async function sleep(timer: Timer, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return timer.sleep(ms);
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  try {
    await Promise.race([
      timer.sleep(ms),
      new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

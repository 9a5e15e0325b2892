/**
 * Retries on top of the SDK's own. core-rest-pipeline retries 429/503 only when `Retry-After` is sent,
 * and 5xx/resets at most `maxRetries` times (AZURE-FACTS.md §6.3); Resource Graph may throttle without
 * `Retry-After` (§5.4, Traps 7). This loop catches what the SDK gives up on, waits with bounded
 * exponential backoff plus jitter — or exactly as long as the server said — and tries again a bounded
 * number of times.
 */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  /** First backoff; doubled per attempt. ARG without quota headers: 5 s (AZURE-FACTS.md §5.4). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Extra random wait in [0, jitterMs). */
  jitterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 5000,
  maxDelayMs: 60_000,
  jitterMs: 1000,
};

export interface Timer {
  sleep(ms: number): Promise<void>;
  now(): number;
  /** Uniform in [0, 1). */
  random(): number;
}

export const REAL_TIMER: Timer = {
  sleep: (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve()),
  now: () => Date.now(),
  random: () => Math.random(),
};

/** A failure worth another attempt, and how long the server asked us to wait, if it did. */
export interface RetryVerdict {
  retry: boolean;
  waitMs?: number;
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'ECONNREFUSED',
  'EPIPE',
  'EAI_AGAIN',
]);

/** The common judgement: throttling, timeouts, server errors (not 501/505) and dropped connections. */
export function isTransient(error: unknown): boolean {
  const e = error as { statusCode?: number; code?: string };
  const status = e.statusCode;
  if (status !== undefined)
    return status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505);
  return e.code !== undefined && TRANSIENT_CODES.has(e.code);
}

export async function withRetries<T>(
  operation: (attempt: number) => Promise<T>,
  judge: (error: unknown) => RetryVerdict,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  timer: Timer = REAL_TIMER,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      const verdict = judge(error);
      if (!verdict.retry || attempt >= policy.maxAttempts) throw error;
      const backoff = Math.min(policy.baseDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
      const wait = verdict.waitMs ?? backoff;
      await timer.sleep(Math.min(wait, policy.maxDelayMs) + timer.random() * policy.jitterMs);
    }
  }
}

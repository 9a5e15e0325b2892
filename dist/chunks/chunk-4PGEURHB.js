import { createRequire as __aksbgCreateRequire } from 'node:module'; const require = __aksbgCreateRequire(import.meta.url);

// src/azure/retry.ts
var DEFAULT_RETRY_POLICY = {
  maxAttempts: 6,
  baseDelayMs: 5e3,
  maxDelayMs: 6e4,
  jitterMs: 1e3
};
var REAL_TIMER = {
  sleep: (ms) => ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve(),
  now: () => Date.now(),
  random: () => Math.random()
};
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ETIMEDOUT",
  "ESOCKETTIMEDOUT",
  "ECONNREFUSED",
  "EPIPE",
  "EAI_AGAIN"
]);
function isTransient(error) {
  const e = error;
  const status = e.statusCode;
  if (status !== void 0)
    return status === 429 || status === 408 || status >= 500 && status !== 501 && status !== 505;
  return e.code !== void 0 && TRANSIENT_CODES.has(e.code);
}
async function withRetries(operation, judge, policy = DEFAULT_RETRY_POLICY, timer = REAL_TIMER) {
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

export {
  DEFAULT_RETRY_POLICY,
  REAL_TIMER,
  isTransient,
  withRetries
};

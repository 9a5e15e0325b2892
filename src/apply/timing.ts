import type { ApplyTiming } from './model.js';

/**
 * Production pacing, from what Microsoft's own tools do (AZURE-FACTS.md §2.4, §6.4):
 *  - polls every 2 s, core-lro's default, unless Azure sends Retry-After;
 *  - role propagation: retry validation with backoff from 30 s, for about 10 minutes in all;
 *  - PrincipalNotFound: the CLI's 3 retries 10 s apart;
 *  - provider registration can take up to 10 minutes (MAN26).
 */
export function defaultTiming(pollIntervalMs = 2000): ApplyTiming {
  return {
    pollIntervalMs,
    propagation: { attempts: 12, firstDelayMs: 30_000, maxDelayMs: 60_000 },
    principalNotFound: { attempts: 4, firstDelayMs: 10_000, maxDelayMs: 10_000 },
    transient: { attempts: 4, firstDelayMs: 5_000, maxDelayMs: 30_000 },
    registrationTimeoutMs: 10 * 60_000,
    extensionTimeoutMs: 15 * 60_000,
    protectionTimeoutMs: 5 * 60_000,
  };
}

/**
 * Resource Graph's per-user query quota (AZURE-FACTS.md §5.4, source ARGTHR): a window of `limit`
 * queries per `windowMs` (documented example: 15 per 5 s), each page costing one. Every response
 * carries `x-ms-user-quota-remaining` and `x-ms-user-quota-resets-after` (hh:mm:ss).
 */
export interface QuotaConfig {
  limit: number;
  windowMs: number;
}

export const DEFAULT_QUOTA: QuotaConfig = { limit: 15, windowMs: 5000 };

export interface QuotaDecision {
  allowed: boolean;
  remaining: number;
  resetsAfterMs: number;
}

export class UserQuota {
  private readonly windows = new Map<string, { start: number; used: number }>();

  constructor(private readonly config: QuotaConfig) {}

  take(user: string, now = Date.now()): QuotaDecision {
    let window = this.windows.get(user);
    if (window === undefined || now >= window.start + this.config.windowMs) {
      window = { start: now, used: 0 };
      this.windows.set(user, window);
    }
    const resetsAfterMs = window.start + this.config.windowMs - now;
    if (window.used >= this.config.limit) return { allowed: false, remaining: 0, resetsAfterMs };
    window.used++;
    return { allowed: true, remaining: this.config.limit - window.used, resetsAfterMs };
  }
}

/** hh:mm:ss, rounded up to whole seconds as ARG reports it. */
export function formatResetsAfter(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

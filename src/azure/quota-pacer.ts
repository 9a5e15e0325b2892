/**
 * Paces Resource Graph queries on the user quota headers (AZURE-FACTS.md §5.4, source ARGTHR):
 * `x-ms-user-quota-remaining` and `x-ms-user-quota-resets-after` (hh:mm:ss). At zero remaining the
 * next query waits until the window resets, plus jitter, instead of spending a request on a 429.
 */
import type { Timer } from './retry.js';

export interface HeaderSource {
  get(name: string): string | undefined | null;
}

/** hh:mm:ss, tolerating a .NET TimeSpan fraction (hh:mm:ss.fffffff) and a day part (d.hh:mm:ss). */
export function parseResetsAfter(text: string): number | undefined {
  const match = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const [, days, hours, minutes, seconds, fraction] = match;
  const whole = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  return whole * 1000 + (fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0);
}

export class QuotaPacer {
  private remaining: number | undefined;
  private resetAt = 0;

  constructor(
    private readonly timer: Timer,
    private readonly jitterMs = 250,
  ) {}

  observe(headers: HeaderSource): void {
    const remaining = headers.get('x-ms-user-quota-remaining');
    const resetsAfter = headers.get('x-ms-user-quota-resets-after');
    if (remaining === undefined || remaining === null || resetsAfter === undefined || resetsAfter === null)
      return;
    const count = Number(remaining);
    const ms = parseResetsAfter(resetsAfter);
    if (!Number.isFinite(count) || ms === undefined) return;
    this.remaining = count;
    this.resetAt = this.timer.now() + ms;
  }

  /** How long the quota window still has to run when nothing is left; undefined when not exhausted. */
  exhaustedForMs(): number | undefined {
    if (this.remaining === undefined || this.remaining > 0) return undefined;
    const left = this.resetAt - this.timer.now();
    return left > 0 ? left : undefined;
  }

  async beforeQuery(): Promise<number> {
    const wait = this.exhaustedForMs();
    if (wait === undefined) return 0;
    const total = wait + this.timer.random() * this.jitterMs;
    await this.timer.sleep(total);
    this.remaining = undefined;
    return total;
  }
}

import { describe, expect, it } from '@jest/globals';
import { QuotaPacer, parseResetsAfter } from '../../src/azure/quota-pacer.js';
import { isTransient, withRetries, type Timer } from '../../src/azure/retry.js';

function fakeTimer(): Timer & { clock: number; waits: number[] } {
  const timer = {
    clock: 1_000_000,
    waits: [] as number[],
    sleep: async (ms: number) => {
      timer.waits.push(ms);
      timer.clock += ms;
    },
    now: () => timer.clock,
    random: () => 0.5,
  };
  return timer;
}

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] });

describe('quota pacing', () => {
  it('parses hh:mm:ss, with a TimeSpan fraction or day part', () => {
    expect(parseResetsAfter('00:00:05')).toBe(5000);
    expect(parseResetsAfter('00:01:02.5000000')).toBe(62_500);
    expect(parseResetsAfter('1.00:00:00')).toBe(86_400_000);
    expect(parseResetsAfter('5s')).toBeUndefined();
  });

  it('waits for the window to reset, plus jitter, only when nothing is left', async () => {
    const timer = fakeTimer();
    const pacer = new QuotaPacer(timer, 100);
    pacer.observe(headers({ 'x-ms-user-quota-remaining': '3', 'x-ms-user-quota-resets-after': '00:00:04' }));
    expect(await pacer.beforeQuery()).toBe(0);
    pacer.observe(headers({ 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '00:00:04' }));
    timer.clock += 1000;
    expect(await pacer.beforeQuery()).toBe(3000 + 50);
    expect(await pacer.beforeQuery()).toBe(0);
  });

  it('ignores responses without quota headers', async () => {
    const pacer = new QuotaPacer(fakeTimer());
    pacer.observe(headers({}));
    expect(await pacer.beforeQuery()).toBe(0);
  });
});

describe('retries', () => {
  it('judges throttling, server errors and dropped connections transient; client errors final', () => {
    expect(isTransient({ statusCode: 429 })).toBe(true);
    expect(isTransient({ statusCode: 503 })).toBe(true);
    expect(isTransient({ statusCode: 501 })).toBe(false);
    expect(isTransient({ statusCode: 400 })).toBe(false);
    expect(isTransient({ statusCode: 404 })).toBe(false);
    expect(isTransient({ code: 'ECONNRESET' })).toBe(true);
    expect(isTransient(new Error('boom'))).toBe(false);
  });

  it('backs off exponentially with jitter, bounded in attempts and delay', async () => {
    const timer = fakeTimer();
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw Object.assign(new Error('throttled'), { statusCode: 429 });
        },
        () => ({ retry: true }),
        { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 500, jitterMs: 10 },
        timer,
      ),
    ).rejects.toThrow('throttled');
    expect(calls).toBe(5);
    expect(timer.waits).toEqual([105, 205, 405, 505]);
  });

  it('waits as long as the server asked, and stops at once on a final error', async () => {
    const timer = fakeTimer();
    let calls = 0;
    const result = await withRetries(
      async () => {
        calls++;
        if (calls < 3) throw new Error('again');
        return 'done';
      },
      () => ({ retry: true, waitMs: 2000 }),
      { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 60_000, jitterMs: 0 },
      timer,
    );
    expect(result).toBe('done');
    expect(timer.waits).toEqual([2000, 2000]);
    calls = 0;
    await expect(
      withRetries(
        async () => {
          calls++;
          throw new Error('bad request');
        },
        () => ({ retry: false }),
        undefined,
        timer,
      ),
    ).rejects.toThrow('bad request');
    expect(calls).toBe(1);
  });
});

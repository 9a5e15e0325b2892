import { describe, expect, it, jest } from '@jest/globals';
import { duplicates, endState, graphSettled, harness, startExampleEmulator } from './harness.js';

/**
 * apply with 20% of requests failing transiently — 429 with and without Retry-After, 500, 503, dropped
 * connections, slow answers — 20% of long-running operations ending Failed, and 20% of writes reaching
 * Resource Graph late: it reaches the same end state as a clean run, with no duplicate resources and no
 * request body outside the official definitions.
 */
jest.setTimeout(20_000);

async function cleanEndState(): Promise<Record<string, unknown>> {
  const emulator = await startExampleEmulator();
  try {
    const outcome = await harness(emulator).apply({ allowReplace: true });
    expect(outcome.kind).toBe('applied');
    emulator.settleAll();
    return endState(emulator);
  } finally {
    await emulator.close();
  }
}

describe('apply with injected faults', () => {
  it.each([11, 29])('converges to the clean end state with 20%% faults (seed %i)', async (seed) => {
    const expected = await cleanEndState();
    const emulator = await startExampleEmulator({ faults: '0.2', seed, slowMs: 20, retryAfterSeconds: 0 });
    try {
      const h = harness(emulator);
      // Retries inside one run are expected to absorb the faults; a second run may finish what a change
      // whose retries ran out left undone — never by creating anything twice.
      let runs = 0;
      for (; runs < 3; runs++) {
        const outcome = await h.apply({ allowReplace: true });
        if (outcome.kind === 'nothing-to-do') break;
        if (outcome.kind === 'applied' && outcome.results.every((r) => r.status === 'done')) {
          runs++;
          break;
        }
      }
      await graphSettled(emulator);
      expect((await h.plan(true)).changes.filter((c) => c.action !== 'noop')).toEqual([]);
      expect(endState(emulator)).toEqual(expected);
      expect(duplicates(emulator)).toEqual([]);
      expect(emulator.writes.validator.violations).toEqual([]);
      // The faults really happened, on reads, writes and operations alike.
      expect(emulator.stats.faultCount).toBeGreaterThan(10);
      expect(emulator.writes.transientFailures).toBeGreaterThan(0);
      expect(runs).toBeLessThanOrEqual(3);
    } finally {
      await emulator.close();
    }
  });
});

import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { duplicates, endState, graphSettled, harness, startExampleEmulator } from './harness.js';

/**
 * An apply killed half-way is finished by the next run, with no duplicate resources: for each seed the
 * first run is stopped right after its k-th write reached Azure (k spread over the whole run by the seed),
 * with 30% of writes reaching Resource Graph late, so the second run plans from a partly stale view — as
 * it would after a cancelled workflow. Azure finishes what it accepted meanwhile. The second run must end
 * where an uninterrupted run ends.
 */
jest.setTimeout(20_000);

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);
let clean: Record<string, unknown>;
let writesInCleanRun = 0;

beforeAll(async () => {
  const emulator = await startExampleEmulator();
  try {
    await harness(emulator).apply({ allowReplace: true });
    emulator.settleAll();
    clean = endState(emulator);
    writesInCleanRun = emulator.writes.log.length;
  } finally {
    await emulator.close();
  }
});

describe('apply interrupted at a seeded point, then run again', () => {
  it.each(SEEDS)('seed %i: the next run converges to the clean end state', async (seed) => {
    expect(writesInCleanRun).toBeGreaterThan(20);
    const stopAfter = 1 + ((seed * 2654435761) % (writesInCleanRun - 1));
    const emulator = await startExampleEmulator({ faults: 'lag:0.3', seed, graphLagMs: 40 });
    try {
      const h = harness(emulator);
      const controller = new AbortController();
      emulator.writes.onWrite(() => {
        if (emulator.writes.log.length >= stopAfter) controller.abort(new Error('killed'));
      });
      const first = await h.apply({ allowReplace: true, signal: controller.signal });
      expect(controller.signal.aborted).toBe(true);
      expect(first.kind).toBe('applied');
      if (first.kind === 'applied') expect(first.results.some((r) => r.status !== 'done')).toBe(true);

      const second = await h.apply({ allowReplace: true });
      if (second.kind === 'applied') {
        expect(
          second.results.filter((r) => r.status !== 'done').map((r) => `${r.change.id}: ${r.note}`),
        ).toEqual([]);
      } else {
        expect(second.kind).toBe('nothing-to-do');
      }
      await graphSettled(emulator);
      expect((await h.plan(true)).changes.filter((c) => c.action !== 'noop')).toEqual([]);
      expect(duplicates(emulator)).toEqual([]);
      expect(endState(emulator)).toEqual(clean);
      expect(emulator.writes.validator.violations).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

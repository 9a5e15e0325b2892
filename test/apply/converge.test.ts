import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Emulator } from '../emulator/server.js';
import {
  duplicates,
  endState,
  graphSettled,
  harness,
  startExampleEmulator,
  type Harness,
} from './harness.js';

/**
 * apply against the emulator loaded with examples/estate.json and examples/aks-backup.yaml: it converges
 * (a plan afterwards has nothing left to do), a second apply is a no-op, and every request body it sent
 * is valid against the official definitions.
 */
jest.setTimeout(20_000);

let emulator: Emulator;
let h: Harness;
beforeAll(async () => {
  emulator = await startExampleEmulator();
  h = harness(emulator);
});
afterAll(() => emulator.close());

describe('apply on the example estate', () => {
  it('converges: every planned change done, then the plan is all no-ops', async () => {
    const before = await h.plan(true);
    const pending = before.changes.filter((c) => c.action !== 'noop');
    expect(pending.length).toBeGreaterThan(10);
    expect(pending.map((c) => c.action)).toContain('replace');

    const outcome = await h.apply({ allowReplace: true });
    expect(outcome.kind).toBe('applied');
    if (outcome.kind !== 'applied') return;
    const failed = outcome.results.filter((r) => r.status !== 'done');
    expect(failed.map((r) => `${r.change.id}: ${r.note}`)).toEqual([]);
    expect(outcome.results).toHaveLength(pending.length);

    await graphSettled(emulator);
    const after = await h.plan(true);
    expect(after.changes.filter((c) => c.action !== 'noop')).toEqual([]);
    expect(duplicates(emulator)).toEqual([]);
    expect(emulator.writes.validator.violations).toEqual([]);
    expect(emulator.writes.validator.checked).toBeGreaterThan(10);
  });

  it('a second apply right after is a no-op: it writes nothing', async () => {
    const state = endState(emulator);
    const writes = emulator.writes.log.length;
    const outcome = await h.apply({ allowReplace: true });
    expect(outcome.kind).toBe('nothing-to-do');
    expect(emulator.writes.log.length).toBe(writes);
    expect(endState(emulator)).toEqual(state);
    expect(h.lines).toContain('No changes. Azure matches the desired state.');
  });
});

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Emulator } from '../emulator/server.js';
import { harness, startExampleEmulator } from './harness.js';
import { readRepoFile } from '../support/fixtures.js';

/**
 * Nothing is deleted without prune: after the legacy cluster leaves the desired state, its instance (created
 * by this tool, so tagged managed-by) is only reported; with prune it is deleted and ARM answers 404.
 * Instances this tool did not create are never candidates.
 */
jest.setTimeout(20_000);

const LEGACY_INSTANCE =
  '/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-backup-weu/providers/Microsoft.DataProtection/backupVaults/bv-aks-weu/backupInstances/aks-legacy-48af1a45';

/** examples/aks-backup.yaml without the aks-legacy cluster entry (and its exemption). */
function withoutLegacy(): string {
  const text = readRepoFile('examples', 'aks-backup.yaml');
  const start = text.indexOf('  # Legacy cluster');
  const end = text.indexOf('  # Every development cluster');
  const exemption = text.indexOf('  - rule: AKSB007');
  const next = text.indexOf('  - rule: AKSB027');
  expect([start, end, exemption, next].every((i) => i > 0)).toBe(true);
  return text.slice(0, start) + text.slice(end, exemption) + text.slice(next);
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startExampleEmulator();
  const outcome = await harness(emulator).apply({ allowReplace: true });
  if (outcome.kind !== 'applied' || outcome.results.some((r) => r.status !== 'done'))
    throw new Error('setup failed');
  emulator.settleAll();
});
afterAll(() => emulator.close());

describe('prune', () => {
  it('without prune, only reports the instance the desired state no longer wants', async () => {
    const h = harness(emulator, { configText: withoutLegacy() });
    const plan = await h.plan(true);
    expect(plan.changes.filter((c) => c.action !== 'noop')).toEqual([]);
    expect(plan.findings.map((f) => [f.ruleId, f.resourceId])).toContainEqual(['PLAN005', LEGACY_INSTANCE]);
    const writes = emulator.writes.log.length;
    expect((await h.apply({ allowReplace: true, prune: false })).kind).toBe('nothing-to-do');
    expect(emulator.writes.log.length).toBe(writes);
    expect(emulator.state.get(LEGACY_INSTANCE)).toBeDefined();
  });

  it('with prune, deletes it and confirms with ARM; untagged instances stay', async () => {
    const untagged = emulator.state
      .armDocuments()
      .filter(
        (d) => d.type.toLowerCase() === 'microsoft.dataprotection/backupvaults/backupinstances' && !d.tags,
      )
      .map((d) => d.id);
    expect(untagged.length).toBeGreaterThan(0);
    const outcome = await harness(emulator, { configText: withoutLegacy() }).apply({
      allowReplace: true,
      prune: true,
    });
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.results.map((r) => [r.change.action, r.change.id, r.status])).toEqual([
      ['delete', LEGACY_INSTANCE, 'done'],
    ]);
    expect(emulator.state.get(LEGACY_INSTANCE)).toBeUndefined();
    for (const id of untagged) expect(emulator.state.get(id)).toBeDefined();
  });
});

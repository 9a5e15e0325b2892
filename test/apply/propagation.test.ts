import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { stableGuid } from '../emulator/arm/write-context.js';
import type { Emulator } from '../emulator/server.js';
import { duplicates, graphSettled, harness, startExampleEmulator, type Harness } from './harness.js';

/**
 * What Azure does right after identities and role assignments are created (AZURE-FACTS.md §2.4, Traps
 * 10): a new assignment is not effective for the first validations (propagationChecks), and the
 * extension's brand-new identity is not yet known to the directory (PrincipalNotFound twice). apply
 * validates before every create, waits and retries, and still converges — in the order the plan needs.
 */
jest.setTimeout(20_000);

const TEAM_C =
  '/subscriptions/0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d/resourceGroups/rg-dev-team-c/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-c';
const EXTENSION = `${TEAM_C}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup`;

let emulator: Emulator;
let h: Harness;
beforeAll(async () => {
  emulator = await startExampleEmulator({ propagationChecks: 3 });
  h = harness(emulator);
  emulator.writes.principalNotReplicated(stableGuid(`extension-identity:${EXTENSION}`), 2);
});
afterAll(() => emulator.close());

describe('apply while roles propagate', () => {
  it('retries validation and PrincipalNotFound, then converges', async () => {
    const outcome = await h.apply({ allowReplace: true });
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(
      outcome.results.filter((r) => r.status !== 'done').map((r) => `${r.change.id}: ${r.note}`),
    ).toEqual([]);
    await graphSettled(emulator);
    expect((await h.plan(true)).changes.filter((c) => c.action !== 'noop')).toEqual([]);
    expect(duplicates(emulator)).toEqual([]);

    const log = emulator.writes.log;
    const extensionRole = log.filter(
      (w) =>
        w.kind === 'put:roleassignments' &&
        w.path.startsWith(
          '/subscriptions/0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d/resourceGroups/rg-backup-dev/providers/Microsoft.Storage',
        ),
    );
    expect(extensionRole.map((w) => w.status)).toEqual([400, 400, 201]);
    const creates = log.filter((w) => w.kind === 'put:backupinstances' && w.status === 201);
    const validations = log.filter((w) => w.kind === 'post:validateforbackup');
    // Every create was validated first, and validation had to be repeated while roles propagated.
    for (const create of creates) {
      const vault = create.path.slice(0, create.path.indexOf('/backupInstances/'));
      expect(
        validations.some(
          (v) => v.path === `${vault}/validateForBackup` && log.indexOf(v) < log.indexOf(create),
        ),
      ).toBe(true);
    }
    expect(validations.length).toBeGreaterThan(creates.length);
  });

  it('replaced the instance by deleting the old one before creating the new one', () => {
    const log = emulator.writes.log;
    const deleted = log.findIndex(
      (w) =>
        w.kind === 'delete:backupinstances' && w.path.includes('aks-platform-weu-aks-platform-weu-8e0b6f52'),
    );
    const created = log.findIndex(
      (w) => w.kind === 'put:backupinstances' && w.path.endsWith('/aks-platform-weu-dd517ce7'),
    );
    expect(deleted).toBeGreaterThanOrEqual(0);
    expect(created).toBeGreaterThan(deleted);
    expect(emulator.state.get(log[deleted]!.path)).toBeUndefined();
  });
});

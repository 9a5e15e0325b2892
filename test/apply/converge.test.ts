import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Emulator } from '../emulator/server.js';
import {
  duplicates,
  endState,
  exampleEstate,
  graphSettled,
  harness,
  startExampleEmulator,
  type Harness,
} from './harness.js';

/**
 * apply against the emulator loaded with examples/estate.json and examples/aks-backup.yaml: it converges
 * (a plan afterwards has nothing left to do), a second apply is a no-op, every request body it sent is
 * valid against the official definitions, and what `plan` still reports afterwards is exactly what no
 * apply can fix.
 *
 * Reads and findings are judged at the example's capture time: the emulator serves the example's
 * recovery points and jobs with their own timestamps, and judging them at today's date would make their
 * freshness depend on the day the test runs.
 */
jest.setTimeout(20_000);

const EXAMPLE_TIME = new Date(exampleEstate().capturedAt);

let emulator: Emulator;
let h: Harness;
beforeAll(async () => {
  // As Azure does, refuse to protect a cluster whose extension is not Succeeded: aks-prod-neu's instance
  // update then needs the plan to repair its Failed extension first.
  emulator = await startExampleEmulator({ requireHealthyExtension: true });
  h = harness(emulator, { now: () => EXAMPLE_TIME });
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

  it("re-applied aks-prod-neu's Failed extension with a PUT, which ARM then reports Succeeded", () => {
    const extension = emulator.state.get(
      '/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg-prod-neu/providers/Microsoft.ContainerService/managedClusters/aks-prod-neu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
    );
    expect((extension?.properties as { provisioningState?: string }).provisioningState).toBe('Succeeded');
    expect(
      emulator.writes.log
        .filter((w) => w.kind === 'put:extensions' || w.kind === 'patch:extensions')
        .map((w) => `${w.method} ${w.path.split('/managedClusters/')[1]}`),
    ).toEqual(
      expect.arrayContaining([
        'PUT aks-prod-neu/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup',
      ]),
    );
  });

  it('afterwards plan changes nothing and reports only what no apply can fix', async () => {
    const report = await h.planReport(true);
    expect(report.summary).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0 });
    expect(
      report.findings.map(
        (f) => `${f.ruleId} ${f.severity} ${f.cluster ?? '-'}${f.exempted ? ' (exempted)' : ''}`,
      ),
    ).toEqual([
      // aks-dev-team-c runs with the CSI snapshot controller disabled: a setting of the cluster itself,
      // which this tool never writes (its owner runs az aks update --enable-snapshot-controller).
      'AKSB004 error aks-dev-team-c',
      // aks-prod-neu's scheduled backup at 04:00 failed while its extension was Failed: a job in the
      // vault's history, kept 14 days, reported until it is older than the rule's one-day window.
      'AKSB029 warning aks-prod-neu',
      // Accepted in the config (exemptions): the dev vault without immutability, the legacy storage
      // account in another subscription.
      'AKSB027 warning - (exempted)',
      'AKSB007 warning aks-legacy (exempted)',
    ]);
    // Exit 2 because of the one error; the new instances' missing recovery points (AKSB024), the Failed
    // extension (AKSB010) and the instance's protection error (AKSB023) are gone.
    expect(report.exitCode).toBe(2);
  });

  it('plan exits 0 once the cluster owner fixes what apply cannot', async () => {
    const id =
      '/subscriptions/0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d/resourceGroups/rg-dev-team-c/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-c';
    const cluster = structuredClone(emulator.state.get(id)!);
    const properties = cluster.properties as {
      storageProfile: { snapshotController: { enabled: boolean } };
    };
    properties.storageProfile.snapshotController.enabled = true;
    emulator.state.write(cluster);
    const report = await h.planReport(true);
    expect(report.findings.filter((f) => !f.exempted && f.severity === 'error')).toEqual([]);
    expect(report.exitCode).toBe(0);
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

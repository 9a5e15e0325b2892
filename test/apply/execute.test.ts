import { describe, expect, it } from '@jest/globals';
import type { StepContext } from '../../src/apply/context.js';
import { dependenciesOf } from '../../src/apply/dependencies.js';
import { executeChanges, type Step } from '../../src/apply/execute.js';
import { KeyedLimiter } from '../../src/apply/limiter.js';
import type { ChangeResult } from '../../src/apply/model.js';
import { summaryLine, type Progress } from '../../src/apply/progress.js';
import { REAL_TIMER } from '../../src/azure/retry.js';
import type { PlannedChange } from '../../src/plan/model.js';
import { FAST_TIMING } from './harness.js';

/** The scheduler with stand-in steps: ordering, isolation of failures, the per-subscription bound, interruption. */
const S1 = '11111111-1111-4111-8111-111111111111';
const S2 = '22222222-2222-4222-8222-222222222222';
const cluster = (sub: string, name: string): string =>
  `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/${name}`;
const vault = (sub: string): string =>
  `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/bv`;

function clusterChanges(sub: string, name: string): PlannedChange[] {
  const c = cluster(sub, name);
  const v = vault(sub);
  const snapshots = `/subscriptions/${sub}/resourceGroups/rg-snap`;
  return [
    {
      action: 'create',
      kind: 'extension',
      id: `${c}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup`,
      phase: 1,
      cluster: name,
      reasons: [],
    },
    {
      action: 'create',
      kind: 'trustedAccessBinding',
      id: `${c}/trustedAccessRoleBindings/b`,
      phase: 2,
      cluster: name,
      reasons: [],
    },
    {
      action: 'create',
      kind: 'roleAssignment',
      id: `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st${name}/providers/Microsoft.Authorization/roleAssignments/${name}-ra`,
      phase: 3,
      cluster: name,
      principal: { kind: 'extension', clusterId: c },
      reasons: [],
    },
    {
      action: 'create',
      kind: 'backupInstance',
      id: `${v}/backupInstances/${name}`,
      phase: 5,
      cluster: name,
      reasons: [],
      body: {
        properties: {
          dataSourceInfo: { resourceID: c },
          policyInfo: {
            policyId: `${v}/backupPolicies/p`,
            policyParameters: { dataStoreParametersList: [{ resourceGroupId: snapshots }] },
          },
        },
      },
    },
  ];
}

const shared = (sub: string): PlannedChange[] => [
  {
    action: 'create',
    kind: 'providerRegistration',
    id: `/subscriptions/${sub}/providers/Microsoft.DataProtection`,
    phase: 0,
    reasons: [],
  },
  { action: 'create', kind: 'backupPolicy', id: `${vault(sub)}/backupPolicies/p`, phase: 4, reasons: [] },
  // The vault's Reader on the snapshot group: planned once, for the first cluster, needed by all.
  {
    action: 'create',
    kind: 'roleAssignment',
    id: `/subscriptions/${sub}/resourceGroups/rg-snap/providers/Microsoft.Authorization/roleAssignments/vault-reader`,
    phase: 3,
    cluster: 'a',
    principal: { kind: 'known', principalId: '00000000-0000-4000-8000-000000000001' },
    reasons: [],
  },
];

const silent: Progress = { started() {}, ended() {}, skipped() {} };

function context(signal?: AbortSignal): StepContext {
  return {
    writers: {} as StepContext['writers'],
    timing: FAST_TIMING,
    timer: REAL_TIMER,
    ...(signal ? { signal } : {}),
    log: { info() {}, debug() {}, warning() {} },
    options: { allowReplace: false, prune: false },
    extensionPrincipals: new Map(),
  };
}

/** Steps that record start and end order, sleep a little, and fail for ids matching `fail`. */
function recordingSteps(
  log: string[],
  fail?: RegExp,
  delayMs = 5,
): Partial<Record<PlannedChange['kind'], Step>> {
  const step: Step = async (change) => {
    log.push(`start ${change.id}`);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    log.push(`end ${change.id}`);
    if (fail?.test(change.id)) throw new Error('boom');
    return {};
  };
  return Object.fromEntries(
    (
      [
        'providerRegistration',
        'extension',
        'trustedAccessBinding',
        'roleAssignment',
        'backupPolicy',
        'backupInstance',
      ] as const
    ).map((k) => [k, step]),
  );
}

describe('dependencies of planned changes', () => {
  it('links an instance to its provider, its cluster, its policy and the roles on its scopes', () => {
    const changes = [...shared(S1), ...clusterChanges(S1, 'a')];
    const needs = dependenciesOf(changes);
    const ids = (set: Set<number>): string[] => [...set].map((j) => changes[j]!.id.split('/').at(-1)!).sort();
    const instance = changes.findIndex((c) => c.kind === 'backupInstance');
    expect(ids(needs[instance]!.hard)).toEqual([
      'Microsoft.DataProtection',
      'a-ra',
      'azure-aks-backup',
      'b',
      'p',
    ]);
    expect(ids(needs[instance]!.soft)).toEqual(['vault-reader']);
    const role = changes.findIndex((c) => c.id.endsWith('/a-ra'));
    expect(ids(needs[role]!.hard)).toEqual(['Microsoft.DataProtection', 'azure-aks-backup']);
  });

  it('does not link clusters that share nothing', () => {
    const changes = [...clusterChanges(S1, 'a'), ...clusterChanges(S2, 'b')];
    const needs = dependenciesOf(changes);
    needs.forEach(({ hard, soft }, i) => {
      for (const j of [...hard, ...soft])
        expect(changes[j]!.id.split('/')[2]).toBe(changes[i]!.id.split('/')[2]);
    });
  });
});

describe('executeChanges', () => {
  it('starts a change only after everything it depends on ended', async () => {
    const changes = [...shared(S1), ...clusterChanges(S1, 'a'), ...clusterChanges(S1, 'b')];
    const log: string[] = [];
    const results = await executeChanges(changes, context(), {
      concurrency: 8,
      progress: silent,
      steps: recordingSteps(log),
    });
    expect(results.every((r) => r.status === 'done')).toBe(true);
    const needs = dependenciesOf(changes);
    changes.forEach((change, i) => {
      for (const j of [...needs[i]!.hard, ...needs[i]!.soft]) {
        expect(log.indexOf(`end ${changes[j]!.id}`)).toBeLessThan(log.indexOf(`start ${change.id}`));
      }
    });
  });

  it('keeps going with independent work after a failure and says what was not attempted', async () => {
    const changes = [...clusterChanges(S1, 'a'), ...clusterChanges(S1, 'b')];
    const log: string[] = [];
    const results = await executeChanges(changes, context(), {
      concurrency: 8,
      progress: silent,
      steps: recordingSteps(log, /managedClusters\/a\/providers\/Microsoft.KubernetesConfiguration/),
    });
    const status = (id: RegExp): ChangeResult['status'][] =>
      results.filter((r) => id.test(r.change.id)).map((r) => r.status);
    expect(status(/\/extensions\//)).toEqual(['failed', 'done']);
    expect(status(/a-ra$/)).toEqual(['not-attempted']);
    expect(status(/backupInstances\/a$/)).toEqual(['not-attempted']);
    expect(status(/backupInstances\/b$/)).toEqual(['done']);
    expect(results.find((r) => /a-ra$/.test(r.change.id))!.note).toMatch(
      /depends on extension azure-aks-backup, which was not done/,
    );
    expect(summaryLine(results, 1000)).toMatch(
      /^Apply incomplete after 1\.0s: 5 of 8 changes done .*1 failed, 2 not attempted/,
    );
  });

  it('waits for a shared role assignment but lets validation judge when it failed', async () => {
    const changes = [...shared(S1), ...clusterChanges(S1, 'a'), ...clusterChanges(S1, 'b')];
    const log: string[] = [];
    const results = await executeChanges(changes, context(), {
      concurrency: 8,
      progress: silent,
      steps: recordingSteps(log, /vault-reader$/),
    });
    const reader = log.indexOf(`end ${changes.find((c) => c.id.endsWith('vault-reader'))!.id}`);
    for (const result of results.filter((r) => r.change.kind === 'backupInstance')) {
      expect(result.status).toBe('done');
      expect(log.indexOf(`start ${result.change.id}`)).toBeGreaterThan(reader);
    }
  });

  it('keeps at most `concurrency` changes in flight per subscription', async () => {
    const changes = Array.from({ length: 12 }, (_, i): PlannedChange => ({
      action: 'create',
      kind: 'backupPolicy',
      id: `${vault(i % 2 === 0 ? S1 : S2)}/backupPolicies/p${i}`,
      phase: 4,
      reasons: [],
    }));
    const inFlight = new Map<string, number>();
    const most = new Map<string, number>();
    const step: Step = async (change) => {
      const sub = change.id.split('/')[2]!;
      inFlight.set(sub, (inFlight.get(sub) ?? 0) + 1);
      most.set(sub, Math.max(most.get(sub) ?? 0, inFlight.get(sub)!));
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight.set(sub, inFlight.get(sub)! - 1);
      return {};
    };
    await executeChanges(changes, context(), {
      concurrency: 2,
      progress: silent,
      steps: { backupPolicy: step },
    });
    expect(most.get(S1)).toBe(2);
    expect(most.get(S2)).toBe(2);
  });

  it('starts nothing new once interrupted and reports the rest as interrupted', async () => {
    const controller = new AbortController();
    const changes = [...shared(S1), ...clusterChanges(S1, 'a')];
    const log: string[] = [];
    const steps = recordingSteps(log);
    const results = await executeChanges(changes, context(controller.signal), {
      concurrency: 8,
      progress: silent,
      steps: {
        ...steps,
        extension: async (change, ctx) => {
          controller.abort();
          const running = steps.extension!(change, ctx); // logs its own start first
          log.push('ABORT');
          return running;
        },
      },
    });
    expect(log.slice(log.indexOf('ABORT')).filter((line) => line.startsWith('start'))).toEqual([]);
    const status = (kind: PlannedChange['kind']): string[] =>
      results.filter((r) => r.change.kind === kind).map((r) => r.status);
    expect(status('extension')).toEqual(['done']);
    expect(status('backupInstance')).toEqual(['interrupted']);
    expect(results.every((r) => r.status === 'done' || r.status === 'interrupted')).toBe(true);
    for (const result of results.filter((r) => r.status === 'done'))
      expect(log).toContain(`end ${result.change.id}`);
  });
});

describe('KeyedLimiter', () => {
  it('refuses a bound below one', () => {
    expect(() => new KeyedLimiter(0)).toThrow('positive integer');
  });
});

import { describe, expect, it } from '@jest/globals';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { decideGate } from '../../src/operations/gate.js';
import { operationSubject } from '../../src/operations/operation-subject.js';
import {
  drillSafetyProblem,
  namespaceMappings,
  restoreRequest,
  type DrillTarget,
} from '../../src/operations/restore-request.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { SPEC_FILES, SpecValidator } from '../contract/openapi.js';
import { readRepoFile } from '../support/fixtures.js';

const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const estate = buildEstate(snapshot);
const capturedAt = new Date(snapshot.capturedAt);
const HOUR = 3600;
const prodWeu = estate.clusters.find((c) => c.name === 'aks-prod-weu')!;
const prodWeuInstance = estate.instancesOfCluster(prodWeu.id)[0]!;
const prodNeu = estate.clusters.find((c) => c.name === 'aks-prod-neu')!;

describe('the pre-upgrade gate decision', () => {
  it('passes at once on a recovery point younger than the maximum age', () => {
    const latest = estate.latestRecoveryPoint(prodWeuInstance.id);
    const gate = decideGate(prodWeuInstance, latest, 6 * HOUR, capturedAt);
    expect(gate.verdict).toBe('fresh');
    expect(gate.reason).toMatch(/^recovery point \S+ is 1h59m19s old, within 6h$/);
  });

  it('triggers a backup when the latest recovery point is older than the maximum age', () => {
    const gate = decideGate(
      prodWeuInstance,
      estate.latestRecoveryPoint(prodWeuInstance.id),
      1 * HOUR,
      capturedAt,
    );
    expect(gate).toEqual({
      verdict: 'trigger',
      reason: 'the latest recovery point is 1h59m19s old, older than 1h',
    });
  });

  it('triggers when there is no recovery point yet', () => {
    expect(decideGate(prodWeuInstance, undefined, HOUR, capturedAt)).toEqual({
      verdict: 'trigger',
      reason: 'the instance has no recovery point yet',
    });
  });

  it('is blocked on an unhealthy instance, naming why', () => {
    const neu = estate.instancesOfCluster(prodNeu.id)[0]!;
    const gate = decideGate(neu, estate.latestRecoveryPoint(neu.id), 48 * HOUR, capturedAt);
    expect(gate.verdict).toBe('blocked');
    expect(gate.reason).toContain('is ProtectionError, not ProtectionConfigured: The Backup extension pods');
  });

  it('is blocked without an instance', () => {
    expect(decideGate(undefined, undefined, HOUR, capturedAt).reason).toBe(
      'the cluster has no backup instance: run plan and apply first',
    );
  });
});

describe('operation rules before an on-demand backup (AKSB017, AKSB020)', () => {
  const catalogue = builtInCatalogue();
  const judge = (snap: EstateSnapshot, now: Date) => {
    const e = buildEstate(snap);
    const subject = operationSubject(e, {
      operation: 'backup',
      instanceId: prodWeuInstance.id,
      sourceClusterId: prodWeu.id,
      now,
    });
    return evaluate(catalogue, [subject], {
      now,
      matrix: catalogue.matrix,
      options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
    }).map((f) => f.ruleId);
  };

  it('passes for a running cluster with room left today', () => {
    expect(judge(snapshot, capturedAt)).toEqual([]);
  });

  it('AKSB017 stops the eleventh on-demand backup of the day', () => {
    const busy = structuredClone(snapshot);
    for (let i = 0; i < 10; i++) {
      busy.resources.push({
        id: `${prodWeuInstance.id.replace(/backupInstances\/.*$/, '')}backupJobs/adhoc-${i}`,
        type: 'Microsoft.DataProtection/backupVaults/backupJobs',
        properties: {
          operation: 'OnDemandBackup',
          operationCategory: 'Backup',
          status: 'Completed',
          isUserTriggered: true,
          startTime: new Date(capturedAt.getTime() - (i + 1) * 600_000).toISOString(),
          backupInstanceId: prodWeuInstance.id,
          dataSourceId: prodWeu.id,
        },
      });
    }
    expect(judge(busy, capturedAt)).toEqual(['AKSB017']);
  });

  it('AKSB020 stops a backup of a stopped cluster', () => {
    const stopped = structuredClone(snapshot);
    const doc = stopped.resources.find((r) => r.id === prodWeu.id)!;
    (doc.properties as { powerState: { code: string } }).powerState = { code: 'Stopped' };
    expect(judge(stopped, capturedAt)).toEqual(['AKSB020']);
  });
});

describe('operation rules before a restore (AKSB018)', () => {
  const catalogue = builtInCatalogue();
  const drillTarget = estate.clusters.find((c) => c.name === 'aks-drill-weu')!;
  const judge = (snap: EstateSnapshot) =>
    evaluate(
      catalogue,
      [
        operationSubject(buildEstate(snap), {
          operation: 'restore',
          instanceId: prodWeuInstance.id,
          sourceClusterId: prodWeu.id,
          targetClusterId: drillTarget.id,
          now: capturedAt,
        }),
      ],
      {
        now: capturedAt,
        matrix: catalogue.matrix,
        options: { roleSet: 'recommended', allowAzureFiles: false, allowReplace: false },
      },
    ).map((f) => `${f.ruleId}: ${f.message}`);
  const restores = (count: number): EstateSnapshot => {
    const busy = structuredClone(snapshot);
    for (let i = 0; i < count; i++) {
      busy.resources.push({
        id: `${prodWeuInstance.id.replace(/backupInstances\/.*$/, '')}backupJobs/restore-${i}`,
        type: 'Microsoft.DataProtection/backupVaults/backupJobs',
        properties: {
          operation: 'Restore',
          operationCategory: 'Restore',
          status: 'Completed',
          isUserTriggered: true,
          startTime: new Date(capturedAt.getTime() - (i + 1) * 1_200_000).toISOString(),
          backupInstanceId: prodWeuInstance.id,
          dataSourceId: prodWeu.id,
        },
      });
    }
    return busy;
  };

  it('passes the tenth restore of the day into a ready drill cluster', () => {
    expect(judge(restores(9))).toEqual([]);
  });

  it('stops the eleventh restore of the day, saying when the next one may start', () => {
    expect(judge(restores(10))).toEqual([
      expect.stringMatching(
        /^AKSB018: 10 restores from this instance started in the last 24 hours and the limit is 10 per day: wait until \S+ before the next restore drill$/,
      ),
    ]);
  });
});

describe('the restore drill request', () => {
  const target: DrillTarget = {
    sourceClusterId: prodWeu.id,
    targetClusterId: prodWeu.id,
    targetClusterName: prodWeu.name,
    location: 'westeurope',
    recoveryPointId: 'rp-1',
    namespaces: ['payments', 'orders'],
    namespaceSuffix: '-drill',
  };

  it('maps every restored namespace to a suffixed one', () => {
    expect(namespaceMappings(['payments'], '-drill')).toEqual({ payments: 'payments-drill' });
    expect(namespaceMappings(['payments'], '')).toEqual({});
  });

  it('is valid against the official AzureBackupRestoreRequest schema', () => {
    const problems = new SpecValidator().check(
      SPEC_FILES.dataProtection,
      'AzureBackupRecoveryPointBasedRestoreRequest',
      restoreRequest(target),
    );
    expect(problems).toEqual([]);
  });

  it('refuses to restore into the source cluster without renaming namespaces', () => {
    expect(drillSafetyProblem(target)).toBeUndefined();
    expect(drillSafetyProblem({ ...target, namespaceSuffix: '' })).toContain(
      'would overwrite production namespaces',
    );
    expect(drillSafetyProblem({ ...target, namespaces: [] })).toContain('name the namespaces to restore');
    expect(
      drillSafetyProblem({
        ...target,
        targetClusterId:
          '/subscriptions/x/resourceGroups/y/providers/Microsoft.ContainerService/managedClusters/drill',
        namespaceSuffix: '',
      }),
    ).toBeUndefined();
  });
});

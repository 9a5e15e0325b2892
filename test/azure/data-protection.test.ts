import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AzureRequestError } from '../../src/azure/azure-error.js';
import { DataProtectionClient, jobName, jobOutcome } from '../../src/azure/data-protection.js';
import type { EstateSnapshot } from '../../src/estate/snapshot.js';
import { startEmulator, type Emulator, type EmulatorOptions } from '../emulator/server.js';
import { connect, FAST_RETRY, FAST_SDK_RETRIES } from '../emulator/testing.js';
import { readRepoFile } from '../support/fixtures.js';

/**
 * The typed Data Protection client against the emulator over HTTPS, with the real credential, pipeline
 * and core-lro poller. The estate is examples/estate.json: aks-dev-team-a is ready for backup, aks-dev-team-b
 * is not (no trusted-access binding).
 */
const snapshot = JSON.parse(readRepoFile('examples', 'estate.json')) as EstateSnapshot;
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const VAULT = `/subscriptions/${DEV}/resourceGroups/rg-backup-dev/providers/Microsoft.DataProtection/backupVaults/bv-aks-dev-weu`;
const TEAM_A = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-a/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-a`;
const TEAM_B = `/subscriptions/${DEV}/resourceGroups/rg-dev-team-b/providers/Microsoft.ContainerService/managedClusters/aks-dev-team-b`;
const EXISTING = `${VAULT}/backupInstances/aks-dev-team-a-4b5c6d7e`;

function properties(clusterId: string, policy = 'daily-30d'): Record<string, unknown> {
  const name = clusterId.split('/').at(-1)!;
  const datasource = {
    datasourceType: 'Microsoft.ContainerService/managedClusters',
    resourceID: clusterId,
    resourceUri: clusterId,
    resourceName: name,
    resourceType: 'Microsoft.ContainerService/managedClusters',
    resourceLocation: 'westeurope',
  };
  return {
    objectType: 'BackupInstance',
    friendlyName: `${name}/test`,
    dataSourceInfo: { objectType: 'Datasource', ...datasource },
    dataSourceSetInfo: { objectType: 'DatasourceSet', ...datasource },
    policyInfo: {
      policyId: `${VAULT}/backupPolicies/${policy}`,
      policyParameters: {
        backupDatasourceParametersList: [
          {
            objectType: 'KubernetesClusterBackupDatasourceParameters',
            snapshotVolumes: true,
            includeClusterScopeResources: true,
          },
        ],
        dataStoreParametersList: [
          {
            objectType: 'AzureOperationalStoreParameters',
            dataStoreType: 'OperationalStore',
            resourceGroupId: `/subscriptions/${DEV}/resourceGroups/rg-aks-snapshots-dev`,
          },
        ],
      },
    },
  };
}

async function setUp(
  options: Partial<EmulatorOptions> = {},
): Promise<{ emulator: Emulator; client: DataProtectionClient }> {
  const emulator = await startEmulator({
    snapshot,
    lro: { steps: 2, stepMs: 5 },
    armPageSize: 2,
    ...options,
  });
  const connection = connect(emulator, { retryOptions: FAST_SDK_RETRIES });
  const client = new DataProtectionClient({ ...connection, retry: FAST_RETRY, pollIntervalMs: 5 });
  return { emulator, client };
}

describe('DataProtectionClient: backup instances', () => {
  let emulator: Emulator;
  let client: DataProtectionClient;
  beforeAll(async () => ({ emulator, client } = await setUp()));
  afterAll(() => emulator.close());

  it('creates an instance and resolves at Provisioned, following the monitors Azure returned', async () => {
    const id = `${VAULT}/backupInstances/aks-dev-team-a-client`;
    const created = await client.putInstance(id, { properties: properties(TEAM_A) });
    expect(created).toMatchObject({ id, properties: { provisioningState: 'Provisioned' } });
    expect(emulator.stats.armByKind.get('get:operation')).toBeGreaterThanOrEqual(3);
    expect(emulator.writes.validator.violations).toEqual([]);
  });

  it('reads, lists (across pages) and deletes; a deleted instance reads as undefined', async () => {
    const id = `${VAULT}/backupInstances/aks-dev-team-a-client`;
    expect(await client.getInstance(id)).toMatchObject({ name: 'aks-dev-team-a-client' });
    const listed = await client.listInstances(VAULT);
    expect(listed.map((doc) => doc.name).sort()).toEqual([
      'aks-dev-team-a-4b5c6d7e',
      'aks-dev-team-a-client',
    ]);
    expect(await client.instancesOfCluster(TEAM_A)).toBeDefined();
    await client.deleteInstance(id);
    expect(await client.getInstance(id)).toBeUndefined();
  });

  it('validateForBackup resolves with a job for a ready cluster and names what is missing otherwise', async () => {
    const ok = await client.validateForBackup(VAULT, properties(TEAM_A));
    expect(ok).toMatchObject({ objectType: 'OperationJobExtendedInfo', jobId: expect.any(String) });
    const failure = await client.validateForBackup(VAULT, properties(TEAM_B)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AzureRequestError);
    expect((failure as AzureRequestError).code).toBe('UserErrorTrustedAccessRoleBindingMissing');
    expect((failure as Error).message).toMatch(
      /^validateForBackup \(bv-aks-dev-weu\) failed while Azure carried it out: UserErrorTrustedAccessRoleBindingMissing: .*What to do: create a trusted-access role binding/,
    );
  });

  it('turns a failed operation into its code and message, and a refused PUT into the CloudError', async () => {
    emulator.writes.failNextOperations(1);
    const failed = await client
      .putInstance(`${VAULT}/backupInstances/x-fail`, { properties: properties(TEAM_A) })
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ name: 'AzureRequestError', code: 'InternalServerError' });
    const refused = await client
      .putInstance(`${VAULT}/backupInstances/x-bad`, { properties: { objectType: 'BackupInstance' } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ statusCode: 400, code: 'BMSUserErrorInvalidInput' });
    expect((refused as Error).message).toContain("must have required property 'dataSourceInfo'");
  });

  it('puts and reads a policy synchronously', async () => {
    const policy = {
      properties: {
        objectType: 'BackupPolicy',
        datasourceTypes: ['Microsoft.ContainerService/managedClusters'],
        policyRules: [
          {
            name: 'BackupDaily',
            objectType: 'AzureBackupRule',
            backupParameters: { objectType: 'AzureBackupParams', backupType: 'Incremental' },
            dataStore: { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' },
            trigger: {
              objectType: 'ScheduleBasedTriggerContext',
              schedule: { repeatingTimeIntervals: ['R/2024-01-01T02:00:00+00:00/P1D'] },
              taggingCriteria: [
                { tagInfo: { tagName: 'Default', id: 'Default_' }, taggingPriority: 99, isDefault: true },
              ],
            },
          },
          {
            name: 'Default',
            objectType: 'AzureRetentionRule',
            isDefault: true,
            lifecycles: [
              {
                deleteAfter: { objectType: 'AbsoluteDeleteOption', duration: 'P14D' },
                sourceDataStore: { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' },
              },
            ],
          },
        ],
      },
    };
    const written = await client.putPolicy(`${VAULT}/backupPolicies/daily-14d`, policy);
    expect(written.name).toBe('daily-14d');
    expect((await client.listPolicies(VAULT)).map((p) => p.name)).toContain('daily-14d');
  });

  it('runs an ad hoc backup, whose job completes and adds a recovery point', async () => {
    const before = (await client.listRecoveryPoints(EXISTING)).length;
    const job = await client.adhocBackup(EXISTING, {
      ruleName: 'BackupDaily',
      retentionTagOverride: 'Default',
    });
    expect(job.jobId).toBeDefined();
    emulator.settleAll();
    const read = await client.getJob(VAULT, job.jobId!);
    expect(jobOutcome((read?.properties as { status?: string }).status)).toBe('succeeded');
    expect((await client.listRecoveryPoints(EXISTING)).length).toBe(before + 1);
    expect((await client.listJobs(VAULT)).some((j) => j.name === jobName(job.jobId!))).toBe(true);
  });

  it('validates a restore wrapped in restoreRequestObject and restores with the request itself', async () => {
    const points = await client.listRecoveryPoints(EXISTING);
    const request = {
      objectType: 'AzureBackupRecoveryPointBasedRestoreRequest',
      recoveryPointId: points[0]!.name,
      sourceDataStoreType: 'OperationalStore',
      sourceResourceId: TEAM_A,
      restoreTargetInfo: {
        objectType: 'ItemLevelRestoreTargetInfo',
        recoveryOption: 'FailIfExists',
        restoreLocation: 'westeurope',
        datasourceInfo: properties(TEAM_A).dataSourceInfo as object,
        restoreCriteria: [
          {
            objectType: 'KubernetesClusterRestoreCriteria',
            includeClusterScopeResources: false,
            includedNamespaces: ['app'],
            persistentVolumeRestoreMode: 'RestoreWithVolumeData',
            conflictPolicy: 'Skip',
            namespaceMappings: { app: 'app-restoretest' },
          },
        ],
      },
    };
    expect((await client.validateRestore(EXISTING, request)).jobId).toBeDefined();
    expect((await client.restore(EXISTING, request)).jobId).toBeDefined();
    // Only the body sent broken on purpose above broke its definition.
    expect(emulator.writes.validator.violations.map((v) => v.path.split('/').at(-1))).toEqual(['x-bad']);
  });
});

describe('DataProtectionClient: the three LRO shapes and transient failures', () => {
  it.each(['location', 'none'] as const)(
    'ends at Provisioned when the PUT carries %s monitors (Traps 1)',
    async (monitors) => {
      const { emulator, client } = await setUp({ instanceMonitors: monitors });
      try {
        // Without the Provisioned rule core-lro would poll for ever: bound it so the test fails instead.
        const created = await client.putInstance(
          `${VAULT}/backupInstances/aks-dev-team-a-${monitors}`,
          { properties: properties(TEAM_A) },
          { signal: AbortSignal.timeout(4000) },
        );
        expect((created.properties as { provisioningState: string }).provisioningState).toBe('Provisioned');
      } finally {
        await emulator.close();
      }
    },
  );

  it('gets through 429 without Retry-After, 503 and dropped connections on writes and polls', async () => {
    const { emulator, client } = await setUp();
    try {
      emulator.faults.failNext('arm', '429-no-retry-after', 2);
      emulator.faults.failNext('arm', '503', 2);
      emulator.faults.failNext('arm', 'reset', 2);
      const created = await client.putInstance(`${VAULT}/backupInstances/aks-dev-team-a-faults`, {
        properties: properties(TEAM_A),
      });
      expect(created.name).toBe('aks-dev-team-a-faults');
      expect(emulator.stats.faultCount).toBe(6);
    } finally {
      await emulator.close();
    }
  });

  it('stops polling when aborted', async () => {
    const { emulator, client } = await setUp({ lro: { steps: 2, stepMs: 60_000 } });
    try {
      const controller = new AbortController();
      const pending = client.putInstance(
        `${VAULT}/backupInstances/aks-dev-team-a-abort`,
        { properties: properties(TEAM_A) },
        { signal: controller.signal },
      );
      setTimeout(() => controller.abort(), 50);
      await expect(pending).rejects.toThrow();
      expect(controller.signal.aborted).toBe(true);
    } finally {
      await emulator.close();
    }
  });

  it('refuses ids that are not what the call needs before any request', async () => {
    const { emulator, client } = await setUp();
    try {
      await expect(client.getInstance(`${VAULT}/backupInstances/x' or 1=1`)).rejects.toThrow(
        'is not an Azure resource id',
      );
      await expect(client.validateForBackup(TEAM_A, {})).rejects.toThrow('is not a Backup vault id');
      expect(emulator.stats.armReads + [...emulator.stats.armWrites.values()].length).toBe(0);
    } finally {
      await emulator.close();
    }
  });
});

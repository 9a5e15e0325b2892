import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadDesiredState } from '../../src/config/load.js';
import type { DesiredState } from '../../src/config/model.js';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { ClusterView, Estate } from '../../src/estate/model.js';
import { loadSnapshot } from '../../src/estate/load-snapshot.js';
import { tagValue } from '../../src/estate/read-fields.js';
import { ROLE } from '../support/generate-estate.js';
import { jobDurationSeconds } from '../../src/estate/views/job.js';

const PROD = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const DEV = '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d';
const cluster = (sub: string, group: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.ContainerService/managedClusters/${name}`;
const vault = (sub: string, group: string, name: string) =>
  `/subscriptions/${sub}/resourceGroups/${group}/providers/Microsoft.DataProtection/backupVaults/${name}`;

const PROD_WEU = cluster(PROD, 'rg-prod-weu', 'aks-prod-weu');
const PLATFORM = cluster(PROD, 'rg-platform-weu', 'aks-platform-weu');
const PROD_NEU = cluster(PROD, 'rg-prod-neu', 'aks-prod-neu');
const DEV_B = cluster(DEV, 'rg-dev-team-b', 'aks-dev-team-b');
const V_WEU = vault(PROD, 'rg-backup-weu', 'bv-aks-weu');
const V_NEU = vault(PROD, 'rg-backup-neu', 'bv-aks-neu');

let estate: Estate;
let desired: DesiredState;

beforeAll(() => {
  estate = buildEstate(loadSnapshot('examples/estate.json'));
  desired = loadDesiredState('examples/aks-backup.yaml');
});

/** The selector of examples/aks-backup.yaml, applied as the plan stage will apply it. */
function matchesDevSelector(view: ClusterView): boolean {
  return (
    view.subscriptionId === DEV &&
    view.location === 'westeurope' &&
    tagValue(view.tags, 'backup') === 'required'
  );
}

describe('examples/estate.json matches examples/aks-backup.yaml', () => {
  it('holds every explicitly listed cluster, vault and storage account', () => {
    for (const entry of desired.clusters) {
      if (entry.target.kind === 'id')
        expect(estate.cluster(entry.target.id.id)?.name).toBe(entry.target.id.name);
    }
    for (const entry of desired.vaults.values()) expect(estate.vault(entry.id.id)).toBeDefined();
    for (const entry of desired.storage.values())
      expect(estate.storageAccount(entry.account.id)).toBeDefined();
  });

  it('has dev clusters the selector matches and one it does not', () => {
    const dev = estate.clusters.filter((view) => view.subscriptionId === DEV);
    expect(dev.filter(matchesDevSelector).map((view) => view.name)).toEqual([
      'aks-dev-team-a',
      'aks-dev-team-b',
      'aks-dev-team-c',
    ]);
    expect(dev.filter((view) => !matchesDevSelector(view)).map((view) => view.name)).toEqual([
      'aks-dev-sandbox',
    ]);
  });

  it('has every desired policy in the vaults the clusters use', () => {
    for (const entry of desired.clusters) expect(estate.policy(entry.policyId)).toBeDefined();
  });
});

describe('indexes', () => {
  it('lists each kind once, in id order', () => {
    expect(estate.clusters).toHaveLength(9);
    expect(estate.vaults).toHaveLength(3);
    expect(estate.policies).toHaveLength(5);
    expect(estate.instances).toHaveLength(4);
    expect(estate.extensions).toHaveLength(7);
    expect(estate.bindings).toHaveLength(6);
    expect(estate.storageAccounts).toHaveLength(4);
    expect(estate.otherResources).toHaveLength(0);
    expect(estate.duplicateIds).toHaveLength(0);
    const keys = estate.clusters.map((view) => view.key);
    expect(keys).toEqual([...keys].sort());
  });

  it('finds a cluster by id in any casing, with or without the leading slash', () => {
    expect(estate.cluster(PROD_WEU.toUpperCase())?.name).toBe('aks-prod-weu');
    expect(estate.cluster(PROD_WEU.slice(1))?.name).toBe('aks-prod-weu');
    expect(estate.cluster(cluster(PROD, 'rg-prod-weu', 'aks-nope'))).toBeUndefined();
  });

  it('answers a lookup by a view as by its id in any casing', () => {
    for (const cluster of estate.clusters) {
      const shouted = cluster.id.toUpperCase();
      expect(estate.instancesOfCluster(cluster)).toEqual(estate.instancesOfCluster(shouted));
      expect(estate.backupExtension(cluster)).toBe(estate.backupExtension(shouted));
      expect(estate.bindingsOfCluster(cluster)).toEqual(estate.bindingsOfCluster(shouted));
    }
    for (const instance of estate.instances) {
      expect(estate.jobsOf(instance)).toEqual(estate.jobsOf(instance.id.toUpperCase()));
      expect(estate.latestRecoveryPoint(instance)).toBe(
        estate.latestRecoveryPoint(instance.id.toUpperCase()),
      );
    }
    expect(estate.instances.some((instance) => estate.jobsOf(instance).length > 0)).toBe(true);
  });

  it('finds the instances of a cluster, with policy, snapshot group and settings', () => {
    const [instance, ...more] = estate.instancesOfCluster(PROD_WEU);
    expect(more).toHaveLength(0);
    expect(instance?.policyKey).toBe(`${V_WEU}/backupPolicies/every-4h-7d`.toLowerCase());
    expect(instance?.vaultKey).toBe(V_WEU.toLowerCase());
    expect(instance?.snapshotResourceGroupId).toBe(
      `/subscriptions/${PROD}/resourceGroups/rg-aks-snapshots-weu`,
    );
    expect(instance?.backup.includedNamespaces).toEqual(['payments', 'orders', 'checkout']);
    expect(instance?.protectionState).toBe('ProtectionConfigured');
    expect(estate.instancesOfCluster(DEV_B)).toEqual([]);
  });

  it('shows the platform instance pinned to another snapshot group than desired', () => {
    const wanted = desired.clusters.find(
      (entry) => entry.target.kind === 'id' && entry.target.id.name === 'aks-platform-weu',
    );
    const [instance] = estate.instancesOfCluster(PLATFORM);
    expect(instance?.snapshotResourceGroupKey).toBe(
      `/subscriptions/${PROD}/resourcegroups/rg-platform-snapshots-weu`,
    );
    expect(instance?.snapshotResourceGroupKey).not.toBe(wanted?.snapshotResourceGroup.key);
  });

  it('shows the instance in ProtectionError with its error and its failed latest job', () => {
    const [instance] = estate.instancesOfCluster(PROD_NEU);
    expect(instance?.protectionState).toBe('ProtectionError');
    // The same error sits in protectionErrorDetails and protectionStatus.errorDetails: listed once.
    expect(instance?.errors.map((error) => error.code)).toEqual([
      'UserErrorKubernetesBackupExtensionUnhealthy',
    ]);
    const jobs = estate.jobsOf(instance!.id);
    expect(jobs.map((job) => job.outcome)).toEqual(['failed', 'succeeded', 'succeeded']);
    expect(jobs[0]?.errors[0]?.code).toBe('UserErrorKubernetesBackupExtensionUnhealthy');
    expect(estate.backupExtension(PROD_NEU)?.provisioningState).toBe('Failed');
  });

  it('gives recovery points and jobs newest first, and the latest recovery point', () => {
    const [instance] = estate.instancesOfCluster(PROD_WEU);
    const points = estate.recoveryPointsOf(instance!.id);
    expect(points.map((point) => point.time)).toEqual([
      '2026-11-20T04:00:41Z',
      '2026-11-20T00:01:12Z',
      '2026-11-19T20:00:37Z',
      '2026-11-19T16:00:52Z',
    ]);
    expect(estate.latestRecoveryPoint(instance!.id.toUpperCase())?.time).toBe('2026-11-20T04:00:41Z');
    const jobs = estate.jobsOf(instance!.id);
    expect(jobs.map((job) => job.startTime)).toEqual([...jobs.map((job) => job.startTime)].sort().reverse());
    expect(jobDurationSeconds(jobs.find((job) => job.isUserTriggered)!)).toBeCloseTo(203.5, 5);
    expect(jobs.map((job) => job.status)).toContain('CompletedWithWarnings');
  });

  it('shows a running tiering job as running', () => {
    const [instance] = estate.instancesOfCluster(PLATFORM);
    const [latest] = estate.jobsOf(instance!.id);
    expect(latest).toMatchObject({ operationCategory: 'Tiering', status: 'InProgress', outcome: 'running' });
    expect(latest?.endTime).toBeUndefined();
  });

  it('finds policies and instances by vault', () => {
    expect(estate.policiesInVault(V_WEU).map((policy) => policy.name)).toEqual([
      'daily-30d',
      'daily-7d-vault-90d',
      'every-4h-7d',
    ]);
    expect(estate.instancesInVault(V_WEU)).toHaveLength(2);
    expect(estate.instancesInVault(V_NEU)).toHaveLength(1);
  });

  it('reads retention per data store and the schedule of each policy', () => {
    const tiered = estate.policy(`${V_WEU}/backupPolicies/daily-7d-vault-90d`);
    expect(tiered?.retentionByDataStore.OperationalStore?.seconds).toBe(7 * 86_400);
    expect(tiered?.retentionByDataStore.VaultStore?.seconds).toBe(90 * 86_400);
    const hourly = estate.policy(`${V_WEU}/backupPolicies/every-4h-7d`);
    expect(hourly?.backupRules[0]?.intervals[0]?.every?.seconds).toBe(4 * 3600);
    expect(hourly?.backupRules[0]?.timeZone).toBe('Coordinated Universal Time');
    expect(hourly?.isKubernetes).toBe(true);
  });

  it('finds a binding by cluster and vault whatever its name or casing, and only that one', () => {
    expect(estate.bindingFor(PLATFORM, V_WEU)?.name).toBe('backup-bv-aks-weu');
    expect(estate.bindingsOfCluster(PROD_WEU)).toHaveLength(2);
    expect(estate.bindingFor(PROD_WEU, V_WEU)?.roles).toEqual([
      'Microsoft.DataProtection/backupVaults/backup-operator',
    ]);
    expect(estate.bindingFor(PROD_WEU, V_NEU)).toBeUndefined();
    expect(estate.bindingFor(DEV_B, V_WEU)).toBeUndefined();
  });

  it('finds role assignments by principal and by scope', () => {
    const weuVault = estate.vault(V_WEU)!;
    const byVault = estate.roleAssignmentsOfPrincipal(weuVault.principalId!.toUpperCase());
    expect(byVault).toHaveLength(8);
    expect(byVault.filter((assignment) => assignment.roleDefinitionGuid === ROLE.reader)).toHaveLength(5);
    const atSnapshotGroup = estate.roleAssignmentsAtScope(
      `/subscriptions/${PROD}/resourceGroups/rg-aks-snapshots-weu`,
    );
    expect(atSnapshotGroup.map((assignment) => assignment.roleDefinitionGuid).sort()).toEqual(
      [ROLE.reader, ROLE.contributor].sort(),
    );
    const clusterPrincipal = estate.cluster(PROD_WEU)!.principalId!;
    expect(
      atSnapshotGroup.find((assignment) => assignment.roleDefinitionGuid === ROLE.contributor)?.principalId,
    ).toBe(clusterPrincipal);
  });

  it('finds the backup extension with its identity and storage settings', () => {
    const legacy = estate.backupExtension(cluster(PROD, 'rg-legacy', 'aks-legacy'));
    expect(legacy?.configurationSettings['configuration.backupStorageLocation.config.storageAccount']).toBe(
      'staksbkplegacy',
    );
    expect(legacy?.configurationSettings['configuration.backupStorageLocation.config.useAAD']).toBe('false');
    const extension = estate.backupExtension(PROD_WEU)!;
    expect(estate.roleAssignmentsOfPrincipal(extension.principalId!)[0]?.roleDefinitionGuid).toBe(
      ROLE.storageBlobDataContributor,
    );
    expect(estate.backupExtension(cluster(DEV, 'rg-dev-team-c', 'aks-dev-team-c'))).toBeUndefined();
  });

  it('reads cluster facts the support matrix needs', () => {
    const platform = estate.cluster(PLATFORM)!;
    expect(platform.identity.type).toBe('UserAssigned');
    expect(platform.principalId).toBe(platform.identity.userAssignedPrincipalIds[0]);
    expect(platform.agentPools.map((pool) => pool.osType)).toEqual(['Linux', 'Windows']);
    expect(estate.cluster(DEV_B)?.powerState).toBe('Stopped');
    expect(estate.cluster(cluster(DEV, 'rg-dev-team-c', 'aks-dev-team-c'))?.snapshotControllerEnabled).toBe(
      false,
    );
    expect(estate.cluster(PROD_WEU)).toMatchObject({
      kubernetesVersion: '1.32.4',
      servicePrincipalClientId: 'msi',
      diskCsiDriverEnabled: true,
      location: 'westeurope',
    });
  });

  it('reads vault security settings, storage accounts and provider states', () => {
    expect(estate.vault(V_NEU)).toMatchObject({ softDeleteState: 'AlwaysOn', immutabilityState: 'Locked' });
    expect(estate.vault(vault(DEV, 'rg-backup-dev', 'bv-aks-dev-weu'))?.softDeleteState).toBe('Enabled');
    const legacyStorage = estate.storageAccounts.find((account) => account.name === 'staksbkplegacy');
    expect(legacyStorage).toMatchObject({
      kind: 'StorageV2',
      location: 'westeurope',
      skuName: 'Standard_LRS',
    });
    expect(estate.providerState(PROD.toUpperCase(), 'microsoft.dataprotection')).toBe('Registered');
    expect(
      estate.providerState('3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', 'Microsoft.DataProtection'),
    ).toBeUndefined();
  });
});

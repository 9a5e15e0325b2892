import { beforeAll, describe, expect, it } from '@jest/globals';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { Estate } from '../../src/estate/model.js';
import { loadSnapshot } from '../../src/estate/load-snapshot.js';
import { jobDurationSeconds } from '../../src/estate/views/job.js';

/**
 * The official response examples of shared/azure-specs, verbatim (test/fixtures/estate/README.md): the
 * model must read Microsoft's own documents, quirks included, without any massaging.
 */
let estate: Estate;
beforeAll(() => {
  estate = buildEstate(loadSnapshot('test/fixtures/estate/spec-examples.json'));
});

describe('official example documents', () => {
  it('GetBackupVault.json: location normalised, the out-of-spec soft delete value kept', () => {
    const [vault] = estate.vaults;
    expect(vault).toMatchObject({
      name: 'swaggerExample',
      location: 'westus',
      softDeleteState: 'Enabled',
      softDeleteRetentionDays: 14,
      crossRegionRestoreState: 'Enabled',
      storageSettings: [{ datastoreType: 'VaultStore', type: 'LocallyRedundant' }],
    });
    expect(vault?.principalId).toBeUndefined();
  });

  it('GetBackupPolicy.json: a weekly non-AKS policy with its longest retention per data store', () => {
    const [policy] = estate.policies;
    expect(policy?.isKubernetes).toBe(false);
    expect(policy?.backupRules[0]?.intervals[0]).toMatchObject({
      start: '2019-11-20T08:00:00-08:00',
      every: { text: 'P1W', seconds: 604_800 },
    });
    expect(policy?.retentionByDataStore).toEqual({ VaultStore: { text: 'P12W', seconds: 12 * 604_800 } });
    expect(policy?.retentionRules.map((rule) => [rule.name, rule.isDefault])).toEqual([
      ['Default', true],
      ['Weekly', false],
    ]);
  });

  it('PutBackupInstance_Kubernetes…json: an AKS instance Provisioned and NotProtected', () => {
    const instance = estate.instances.find((view) => view.name === 'aksbi')!;
    const cluster =
      '/subscriptions/62b829ee-7936-40c9-a1c9-47a93f9f3965/resourceGroups/aksrg/providers/Microsoft.ContainerService/managedClusters/akscluster';
    expect(instance).toMatchObject({
      isKubernetes: true,
      clusterId: cluster,
      provisioningState: 'Provisioned',
      protectionStatus: 'NotProtected',
      datasourceLocation: 'eastus2euap',
      snapshotResourceGroupId: '/subscriptions/62b829ee-7936-40c9-a1c9-47a93f9f3965/resourceGroups/aksrg',
    });
    expect(instance.protectionState).toBeUndefined();
    expect(instance.backup).toMatchObject({
      includedNamespaces: ['test'],
      excludedNamespaces: ['kube-system'],
      excludedResourceTypes: ['v1/Secret'],
      includedVolumeTypes: ['AzureDisk', 'AzureFileShareSMB'],
      snapshotVolumes: true,
      includeClusterScopeResources: true,
    });
    expect(estate.instancesOfCluster(cluster.toLowerCase())).toEqual([instance]);
  });

  it('GetBackupInstance.json: a vault user-assigned identity and an empty location read as absent', () => {
    const instance = estate.instances.find((view) => view.name === 'harshitbi2')!;
    expect(instance.isKubernetes).toBe(false);
    expect(instance.usesSystemAssignedIdentity).toBe(false);
    expect(instance.userAssignedIdentityId).toMatch(/userAssignedIdentities\/testUami$/);
    expect(instance.datasourceLocation).toBeUndefined();
    expect(instance.provisioningState).toBe('Provisioning');
  });

  it('ListBackupInstancesExtensionRouting.json: an id routed through the datasource, vault taken from the policy', () => {
    const instance = estate.instances.find((view) => view.name.startsWith('testDiskBI1'))!;
    expect(instance.key).toContain(
      '/providers/microsoft.compute/disks/testdisk/providers/microsoft.dataprotection/',
    );
    expect(instance.vaultKey).toBe(
      '/subscriptions/36d32b25-3dc7-41b0-bde1-397500644591/resourcegroups/policyrg/providers/microsoft.dataprotection/backupvaults/jeczrsecy',
    );
    expect(estate.instance(`${instance.vaultKey}/backupInstances/${instance.name}`)).toBe(instance);
  });

  it('GetRecoveryPoint.json: a mixed-case type, linked to its instance by id', () => {
    const [point] = estate.recoveryPoints;
    expect(point).toMatchObject({
      recoveryPointId: '7fb2cddd-c5b3-44f6-a0d9-db3c4f9d5f25',
      state: 'Completed',
      timeMs: Date.UTC(2019, 2, 1, 13),
      dataStoreTypes: ['Snapshot', 'BackupStorage'],
    });
    expect(estate.latestRecoveryPoint(point!.instanceKey!)).toBe(point);
  });

  it('ListJobs.json: Started is running, Succeeded is success, TimeSpan durations', () => {
    expect(estate.jobs.map((job) => [job.status, job.outcome])).toEqual([
      ['Started', 'running'],
      ['Succeeded', 'succeeded'],
      ['Started', 'running'],
      ['Started', 'running'],
    ]);
    const finished = estate.jobs.find((job) => job.outcome === 'succeeded')!;
    expect(jobDurationSeconds(finished)).toBeCloseTo(131.9724387, 6);
    expect(finished.isUserTriggered).toBe(true);
    expect(finished.vaultKey).toMatch(/\/backupvaults\/bugbashvaultforccyv11$/);
    expect(estate.jobsOf(finished.instanceKey!)).toEqual([finished]);
  });

  it('TrustedAccessRoleBindings_List.json: a binding to another service', () => {
    const [binding] = estate.bindings;
    expect(binding?.roles).toHaveLength(2);
    expect(binding?.sourceKey).toBe(
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/b/providers/microsoft.machinelearningservices/workspaces/c',
    );
    expect(estate.bindingsOfCluster(binding!.clusterKey!)).toEqual([binding]);
  });

  it('CreateExtension.json: a monitoring extension is not the backup extension', () => {
    const [extension] = estate.extensions;
    expect(extension).toMatchObject({
      extensionType: 'azuremonitor-containers',
      isBackupExtension: false,
      currentVersion: '0.1.4',
    });
    expect(estate.extensionsOfCluster(extension!.clusterKey!)).toEqual([extension]);
    expect(estate.backupExtension(extension!.clusterKey!)).toBeUndefined();
  });
});

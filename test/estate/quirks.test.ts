import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildEstate } from '../../src/estate/build-estate.js';
import type { Estate } from '../../src/estate/model.js';
import type { ArmResource } from '../../src/estate/snapshot.js';
import { jobOutcome } from '../../src/estate/views/job.js';
import { jobDurationSeconds } from '../../src/estate/views/job.js';

/**
 * One test per real-world quirk the estate model must absorb (AZURE-FACTS.md §4.10, §5.2 and the traps).
 * Each builds a tiny estate from documents shaped as Azure returns them.
 */
const SUB = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';
const CLUSTER = `/subscriptions/${SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-a`;
const VAULT = `/subscriptions/${SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-a`;
const POLICY = `${VAULT}/backupPolicies/daily`;

function estateOf(...resources: ArmResource[]): Estate {
  return buildEstate({ schemaVersion: 1, capturedAt: '2026-11-20T06:00:00Z', resources, providers: {} });
}

function instance(
  name: string,
  properties: Record<string, unknown>,
  id = `${VAULT}/backupInstances/${name}`,
): ArmResource {
  return { id, name, type: 'Microsoft.DataProtection/backupVaults/backupInstances', properties };
}

function job(name: string, properties: Record<string, unknown>): ArmResource {
  return {
    id: `${VAULT}/backupJobs/${name}`,
    name,
    type: 'Microsoft.DataProtection/Backupvaults/backupJobs',
    properties,
  };
}

describe('casing and id spelling', () => {
  it('Resource Graph lower-cases type and may lower-case ids (§5.2): found by the id as ARM spells it', () => {
    const estate = estateOf({
      id: CLUSTER.toLowerCase(),
      type: 'microsoft.containerservice/managedclusters',
    });
    expect(estate.clusters).toHaveLength(1);
    expect(estate.cluster(CLUSTER)?.name).toBe('aks-a');
  });

  it("resourceID has a capital ID and may lack the leading '/' (§4.10.4)", () => {
    const estate = estateOf(
      instance('bi', {
        dataSourceInfo: { resourceID: CLUSTER.slice(1).replace('managedClusters', 'managedclusters') },
        policyInfo: { policyId: POLICY },
      }),
    );
    const [view] = estate.instancesOfCluster(CLUSTER);
    expect(view?.clusterId).toBe(`/${CLUSTER.slice(1).replace('managedClusters', 'managedclusters')}`);
    expect(view?.isKubernetes).toBe(true);
  });

  it('the datasource id is read from dataSourceSetInfo or resourceUri when dataSourceInfo lacks it', () => {
    const estate = estateOf(
      instance('a', { dataSourceSetInfo: { resourceID: CLUSTER } }),
      instance('b', { dataSourceInfo: { resourceUri: CLUSTER } }),
    );
    expect(estate.instancesOfCluster(CLUSTER).map((view) => view.name)).toEqual(['a', 'b']);
  });

  it('datasourceType is managedClusters or managedclusters depending on the writer (§4.6)', () => {
    const estate = estateOf(
      instance('a', { dataSourceInfo: { datasourceType: 'Microsoft.ContainerService/managedClusters' } }),
      instance('b', { dataSourceInfo: { datasourceType: 'Microsoft.ContainerService/managedclusters' } }),
      instance('c', { dataSourceInfo: { datasourceType: 'Microsoft.Compute/disks' } }),
    );
    expect(estate.instances.map((view) => view.isKubernetes)).toEqual([true, true, false]);
  });

  it('ARM locations arrive as WestEurope or West Europe and are compared as westeurope', () => {
    const estate = estateOf(
      { id: CLUSTER, type: 'Microsoft.ContainerService/managedClusters', location: 'West Europe' },
      { id: VAULT, type: 'Microsoft.DataProtection/Backupvaults', location: 'WestEurope' },
    );
    expect(estate.clusters[0]?.location).toBe('westeurope');
    expect(estate.vaults[0]?.location).toBe('westeurope');
  });

  it('recovery point type is spelled backupvaults/backupInstances/recoveryPoints (GetRecoveryPoint.json)', () => {
    const estate = estateOf({
      id: `${VAULT}/backupInstances/bi/recoveryPoints/rp1`,
      type: 'microsoft.dataprotection/backupvaults/backupInstances/recoveryPoints',
      properties: { recoveryPointTime: '2026-11-20T04:00:03.1234567+00:00' },
    });
    expect(estate.latestRecoveryPoint(`${VAULT}/BACKUPINSTANCES/BI`)?.timeMs).toBe(
      Date.UTC(2026, 10, 20, 4, 0, 3, 123),
    );
  });
});

describe('open enumerations (§4.10.1)', () => {
  it('instance states outside the spec enums are kept as written: Provisioned, NotProtected, anything new', () => {
    const estate = estateOf(
      instance('bi', {
        provisioningState: 'Provisioned',
        protectionStatus: { status: 'NotProtected' },
        currentProtectionState: 'SomethingAzureAddsNextYear',
      }),
    );
    expect(estate.instances[0]).toMatchObject({
      provisioningState: 'Provisioned',
      protectionStatus: 'NotProtected',
      protectionState: 'SomethingAzureAddsNextYear',
    });
  });

  it('job statuses: success, failure, and everything else still running (§4.9)', () => {
    const cases: [string | undefined, string][] = [
      ['Completed', 'succeeded'],
      ['CompletedWithWarnings', 'succeeded'],
      ['Succeeded', 'succeeded'],
      ['completed', 'succeeded'],
      ['Failed', 'failed'],
      ['Cancelled', 'failed'],
      ['Canceled', 'failed'],
      ['Started', 'running'],
      ['InProgress', 'running'],
      ['Cancelling', 'running'],
      ['Paused', 'running'],
      ['SomethingNew', 'running'],
      [undefined, 'running'],
    ];
    for (const [status, outcome] of cases) expect([status, jobOutcome(status)]).toEqual([status, outcome]);
  });

  it('vault spellings outside the spec are kept: soft delete Enabled, immutability UnLocked (§8.1)', () => {
    const estate = estateOf({
      id: VAULT,
      type: 'Microsoft.DataProtection/Backupvaults',
      properties: {
        securitySettings: {
          softDeleteSettings: { state: 'Enabled', retentionDurationInDays: '14' },
          immutabilitySettings: { state: 'UnLocked' },
        },
      },
    });
    expect(estate.vaults[0]).toMatchObject({
      softDeleteState: 'Enabled',
      softDeleteRetentionDays: 14,
      immutabilityState: 'UnLocked',
    });
  });
});

describe('wire formats', () => {
  it('job duration comes as a .NET TimeSpan or as ISO 8601 (§4.10.3); else end minus start', () => {
    const estate = estateOf(
      job('a', { status: 'Succeeded', duration: '00:02:11.9724387' }),
      job('b', { status: 'Succeeded', duration: 'PT2M11.5S' }),
      job('c', { status: 'Succeeded', startTime: '2026-11-20T04:00:00Z', endTime: '2026-11-20T04:03:00Z' }),
      job('d', { status: 'Succeeded', duration: 'soon' }),
    );
    expect(estate.jobs.map(jobDurationSeconds)).toEqual([
      expect.closeTo(131.9724387, 6),
      131.5,
      180,
      undefined,
    ]);
  });

  it("isUserTriggered arrives as the string 'true' from Resource Graph projections (§5.3)", () => {
    const estate = estateOf(job('a', { isUserTriggered: 'true' }), job('b', { isUserTriggered: false }));
    expect(estate.jobs.map((view) => view.isUserTriggered)).toEqual([true, false]);
  });

  it('GET returns unset datasource lists as null: null, [] and absent read alike (§4.6)', () => {
    const parameters = (extra: Record<string, unknown>) => ({
      policyInfo: {
        policyParameters: {
          backupDatasourceParametersList: [
            { objectType: 'KubernetesClusterBackupDatasourceParameters', ...extra },
          ],
        },
      },
    });
    const estate = estateOf(
      instance('a', parameters({ includedNamespaces: null, excludedNamespaces: null, labelSelectors: null })),
      instance('b', parameters({ includedNamespaces: [], excludedNamespaces: [], labelSelectors: [] })),
      instance('c', parameters({})),
    );
    const [a, b, c] = estate.instances.map((view) => view.backup);
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a?.includedNamespaces).toBeUndefined();
  });
});

describe('extensions', () => {
  it('Resource Graph rows may spell extension properties in PascalCase (§5.2)', () => {
    const extensionId = `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup`;
    const camel = estateOf({
      id: extensionId,
      type: 'Microsoft.KubernetesConfiguration/extensions',
      properties: {
        extensionType: 'microsoft.dataprotection.kubernetes',
        provisioningState: 'Succeeded',
        aksAssignedIdentity: { principalId: 'p-1' },
        configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
      },
    });
    const pascal = estateOf({
      id: extensionId.toLowerCase(),
      type: 'microsoft.kubernetesconfiguration/extensions',
      properties: {
        ExtensionType: 'Microsoft.DataProtection.Kubernetes',
        ProvisioningState: 'Succeeded',
        AksAssignedIdentity: { PrincipalId: 'p-1' },
        ConfigurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
      },
    });
    for (const estate of [camel, pascal]) {
      expect(estate.backupExtension(CLUSTER)).toMatchObject({
        isBackupExtension: true,
        extensionTypeKey: 'microsoft.dataprotection.kubernetes',
        provisioningState: 'Succeeded',
        principalId: 'p-1',
        configurationSettings: { 'configuration.backupStorageLocation.bucket': 'aks-backups' },
      });
    }
  });

  it('the backup extension is found by type whatever its name; others are only listed', () => {
    const estate = estateOf(
      {
        id: `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/backup-by-terraform`,
        type: 'Microsoft.KubernetesConfiguration/extensions',
        properties: { extensionType: 'Microsoft.DataProtection.Kubernetes' },
      },
      {
        id: `${CLUSTER}/providers/Microsoft.KubernetesConfiguration/extensions/flux`,
        type: 'Microsoft.KubernetesConfiguration/extensions',
        properties: { extensionType: 'microsoft.flux' },
      },
    );
    expect(estate.backupExtension(CLUSTER)?.name).toBe('backup-by-terraform');
    expect(estate.extensionsOfCluster(CLUSTER)).toHaveLength(2);
  });
});

describe('trusted-access bindings (trap 13)', () => {
  it('are matched by sourceResourceId ignoring case, never by name', () => {
    const otherVault = VAULT.replace('bv-a', 'bv-b');
    const binding = (name: string, source: string): ArmResource => ({
      id: `${CLUSTER}/trustedAccessRoleBindings/${name}`,
      type: 'Microsoft.ContainerService/managedClusters/trustedAccessRoleBindings',
      properties: {
        sourceResourceId: source,
        roles: ['Microsoft.DataProtection/backupVaults/backup-operator'],
      },
    });
    const estate = estateOf(
      binding('bv-a', otherVault),
      binding('tarb-0123456789abcdef', VAULT.toUpperCase()),
    );
    expect(estate.bindingFor(CLUSTER, VAULT)?.name).toBe('tarb-0123456789abcdef');
    expect(estate.bindingFor(CLUSTER.toLowerCase(), otherVault)?.name).toBe('bv-a');
  });
});

describe('clusters', () => {
  it('CSI driver and snapshot controller are enabled when absent or null (AKSSPEC default true)', () => {
    const estate = estateOf(
      { id: `${CLUSTER}1`, type: 'Microsoft.ContainerService/managedClusters', properties: {} },
      {
        id: `${CLUSTER}2`,
        type: 'Microsoft.ContainerService/managedClusters',
        properties: { storageProfile: { diskCSIDriver: { enabled: null }, snapshotController: null } },
      },
      {
        id: `${CLUSTER}3`,
        type: 'Microsoft.ContainerService/managedClusters',
        properties: {
          storageProfile: { diskCSIDriver: { enabled: false }, snapshotController: { enabled: false } },
        },
      },
    );
    expect(
      estate.clusters.map((view) => [view.diskCsiDriverEnabled, view.snapshotControllerEnabled]),
    ).toEqual([
      [true, true],
      [true, true],
      [false, false],
    ]);
  });

  it('a user-assigned cluster identity gives the first identity as the cluster principal (CLI-CUS)', () => {
    const estate = estateOf({
      id: CLUSTER,
      type: 'Microsoft.ContainerService/managedClusters',
      identity: {
        type: 'UserAssigned',
        userAssignedIdentities: { '/x/id-1': { principalId: 'p-ua', clientId: 'c' } },
      },
      properties: { servicePrincipalProfile: { clientId: 'msi' } },
    });
    expect(estate.clusters[0]).toMatchObject({ principalId: 'p-ua', servicePrincipalClientId: 'msi' });
  });
});

describe('instances listed through their cluster (ListBackupInstancesExtensionRouting.json)', () => {
  const routedId = `${CLUSTER}/providers/Microsoft.DataProtection/backupInstances/bi-1`;
  const routed = instance(
    'bi-1',
    { dataSourceInfo: { resourceID: CLUSTER }, policyInfo: { policyId: POLICY } },
    routedId,
  );

  it('take their vault from the policy, and jobs and recovery points naming the vault form still link', () => {
    const estate = estateOf(
      routed,
      job('j1', { backupInstanceId: `${VAULT}/backupInstances/bi-1`, startTime: '2026-11-20T04:00:00Z' }),
      {
        id: `${VAULT}/backupInstances/bi-1/recoveryPoints/rp-1`,
        type: 'Microsoft.DataProtection/backupVaults/backupInstances/recoveryPoints',
        properties: { recoveryPointTime: '2026-11-20T04:02:00Z' },
      },
    );
    expect(estate.instances[0]?.vaultKey).toBe(VAULT.toLowerCase());
    expect(estate.instancesInVault(VAULT)).toHaveLength(1);
    expect(estate.jobsOf(routedId)).toHaveLength(1);
    expect(estate.latestRecoveryPoint(routedId)?.name).toBe('rp-1');
    expect(estate.instance(`${VAULT}/backupInstances/BI-1`)?.id).toBe(routedId);
  });

  it('are one instance when also listed under the vault: the vault form is kept', () => {
    const estate = estateOf(
      routed,
      instance('bi-1', { dataSourceInfo: { resourceID: CLUSTER }, policyInfo: { policyId: POLICY } }),
    );
    expect(estate.instances.map((view) => view.id)).toEqual([`${VAULT}/backupInstances/bi-1`]);
    expect(estate.duplicateIds).toEqual([routedId]);
    expect(estate.instancesOfCluster(CLUSTER)).toHaveLength(1);
  });
});

describe('role assignments', () => {
  it('roles compare by the GUID whatever the role definition scope; principals ignore case', () => {
    const assignment = (name: string, roleDefinitionId: string): ArmResource => ({
      id: `${CLUSTER}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      type: 'Microsoft.Authorization/roleAssignments',
      properties: { roleDefinitionId, principalId: 'ABCDEF01-0000-4000-8000-000000000001' },
    });
    const estate = estateOf(
      assignment(
        'a',
        `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/ACDD72A7-3385-48EF-BD42-F606FBA81AE7`,
      ),
      assignment(
        'b',
        '/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7',
      ),
    );
    const found = estate.roleAssignmentsOfPrincipal('abcdef01-0000-4000-8000-000000000001');
    expect(found.map((view) => view.roleDefinitionGuid)).toEqual([
      'acdd72a7-3385-48ef-bd42-f606fba81ae7',
      'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    ]);
    // No properties.scope: the scope is the id's part before /providers/Microsoft.Authorization.
    expect(estate.roleAssignmentsAtScope(CLUSTER.toUpperCase())).toHaveLength(2);
  });

  it('an assignment at the root scope has scope /', () => {
    const estate = estateOf({
      id: '/providers/Microsoft.Authorization/roleAssignments/r1',
      type: 'Microsoft.Authorization/roleAssignments',
      properties: { principalId: 'p' },
    });
    expect(estate.roleAssignmentsAtScope('/')).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('provider states are looked up ignoring the case of subscription and namespace', () => {
    const estate = buildEstate({
      schemaVersion: 1,
      capturedAt: '2026-11-20T06:00:00Z',
      resources: [],
      providers: { [SUB.toUpperCase()]: { 'microsoft.dataprotection': 'Registering' } },
    });
    expect(estate.providerState(SUB, 'Microsoft.DataProtection')).toBe('Registering');
    expect(estate.providerState(SUB, 'Microsoft.KubernetesConfiguration')).toBeUndefined();
  });

  it('resources of unknown types are kept, not dropped', () => {
    const estate = estateOf({
      id: `/subscriptions/${SUB}/resourceGroups/rg`,
      type: 'Microsoft.Resources/resourceGroups',
    });
    expect(estate.otherResources).toHaveLength(1);
  });

  it('a repeated id (live reads merged twice) keeps the first document and lists the repeat', () => {
    const estate = estateOf(
      {
        id: CLUSTER,
        type: 'Microsoft.ContainerService/managedClusters',
        properties: { kubernetesVersion: '1.32.4' },
      },
      {
        id: CLUSTER.toLowerCase(),
        type: 'microsoft.containerservice/managedclusters',
        properties: { kubernetesVersion: '1.1' },
      },
    );
    expect(estate.clusters).toHaveLength(1);
    expect(estate.cluster(CLUSTER)?.kubernetesVersion).toBe('1.32.4');
    expect(estate.duplicateIds).toEqual([CLUSTER.toLowerCase()]);
  });

  it('a repeat in a list that is out of order is found after sorting: the first document stays', () => {
    const other = CLUSTER.replace(/managedClusters\/[^/]+$/, 'managedClusters/aaa-first');
    const estate = estateOf(
      {
        id: CLUSTER,
        type: 'Microsoft.ContainerService/managedClusters',
        properties: { kubernetesVersion: '1.32.4' },
      },
      { id: other, type: 'Microsoft.ContainerService/managedClusters', properties: {} },
      {
        id: CLUSTER.toUpperCase(),
        type: 'Microsoft.ContainerService/managedClusters',
        properties: { kubernetesVersion: '1.1' },
      },
    );
    expect(estate.clusters.map((c) => c.id)).toEqual([other, CLUSTER]);
    expect(estate.cluster(CLUSTER)?.kubernetesVersion).toBe('1.32.4');
    expect(estate.duplicateIds).toEqual([CLUSTER.toUpperCase()]);
  });

  it('a recovery point without a readable time never counts as the latest', () => {
    const point = (name: string, time: unknown): ArmResource => ({
      id: `${VAULT}/backupInstances/bi/recoveryPoints/${name}`,
      type: 'Microsoft.DataProtection/backupVaults/backupInstances/recoveryPoints',
      properties: { recoveryPointTime: time },
    });
    const estate = estateOf(point('a', 'yesterday'), point('b', '2026-11-19T02:00:00Z'), point('c', null));
    expect(estate.latestRecoveryPoint(`${VAULT}/backupInstances/bi`)?.name).toBe('b');
    expect(
      estateOf(point('a', 'yesterday')).latestRecoveryPoint(`${VAULT}/backupInstances/bi`),
    ).toBeUndefined();
  });

  it('never throws on documents of any shape: odd properties degrade the view instead', () => {
    const types = [
      'Microsoft.ContainerService/managedClusters',
      'Microsoft.DataProtection/backupVaults',
      'Microsoft.DataProtection/backupVaults/backupPolicies',
      'Microsoft.DataProtection/backupVaults/backupInstances',
      'Microsoft.DataProtection/backupVaults/backupInstances/recoveryPoints',
      'Microsoft.DataProtection/backupVaults/backupJobs',
      'Microsoft.KubernetesConfiguration/extensions',
      'Microsoft.ContainerService/managedClusters/trustedAccessRoleBindings',
      'Microsoft.Authorization/roleAssignments',
      'Microsoft.Storage/storageAccounts',
    ];
    const document = fc.record({
      id: fc.oneof(fc.constant(CLUSTER), fc.constant(`${VAULT}/backupInstances/x`), fc.string()),
      type: fc.constantFrom(...types),
      name: fc.oneof(fc.string(), fc.jsonValue()),
      location: fc.jsonValue(),
      tags: fc.jsonValue(),
      identity: fc.jsonValue(),
      properties: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    });
    fc.assert(
      fc.property(fc.array(document, { maxLength: 8 }), (resources) => {
        const estate = estateOf(...(resources as ArmResource[]));
        for (const view of estate.instances) estate.jobsOf(view.id);
        for (const view of estate.clusters) estate.bindingsOfCluster(view.id);
      }),
      { numRuns: 300, seed: 20261121 },
    );
  });
});

/**
 * A deterministic generator of large estates, for the emulator tests and the benchmark, plus the ARM
 * document builders it uses (also used to compose examples/estate.json). Every document copies the
 * structure of the official response examples in shared/azure-specs (see test/fixtures/estate/README.md),
 * with casing as those examples show it: vault type `Microsoft.DataProtection/Backupvaults`
 * (GetBackupVault.json), job type `…/Backupvaults/backupJobs` (ListJobs.json), recovery point type
 * `microsoft.dataprotection/backupvaults/backupInstances/recoveryPoints` (GetRecoveryPoint.json),
 * datasource type `Microsoft.ContainerService/managedclusters` (PutBackupInstance_Kubernetes…json).
 *
 * Same options, same seed → the same snapshot, byte for byte once serialised. No clock, no Math.random.
 */
import type { ArmResource, EstateSnapshot, ProviderStates } from '../../src/estate/snapshot.js';

export const ROLE = {
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  storageAccountContributor: '17d1049b-9a84-46fb-8f53-869881c3d3ab',
  diskSnapshotContributor: '7efff54f-a5b4-42b5-a1c5-5411624893ce',
  dataOperatorForManagedDisks: '959f8984-c045-4866-89c7-12bf9737be2e',
} as const; // AZURE-FACTS.md §2.2

export const BACKUP_OPERATOR_ROLE = 'Microsoft.DataProtection/backupVaults/backup-operator'; // §2.3

/** mulberry32: tiny, fast, good enough to spread scenarios; seeded so runs repeat. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A version-4-shaped GUID from the generator (four draws of 32 bits). */
export function guidFrom(random: () => number): string {
  let hex = '';
  for (let part = 0; part < 4; part++) {
    hex += Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  }
  const variant = '89ab'[parseInt(hex[16] ?? '0', 16) & 3];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** ISO instant without milliseconds when they are zero, as ARM writes `2026-11-20T04:00:00Z`. */
export function isoAt(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** .NET TimeSpan "c", as job `duration` comes back (ListJobs.json: `00:02:11.9724387`). */
export function timeSpan(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = Math.round((seconds - whole) * 1e7)
    .toString()
    .padStart(7, '0');
  const hh = String(Math.floor(whole / 3600)).padStart(2, '0');
  const mm = String(Math.floor((whole % 3600) / 60)).padStart(2, '0');
  const ss = String(whole % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}.${fraction}`;
}

export const HOUR_MS = 3_600_000;

// ---------------------------------------------------------------------------------------------------
// Document builders. Ids are passed in as the caller wants them spelt; builders never re-case them.

export interface ClusterSpec {
  id: string;
  location: string;
  tags?: Record<string, string>;
  kubernetesVersion: string;
  powerState?: string;
  /** System-assigned principal; with `userAssignedIdentityId` the identity is user-assigned instead. */
  principalId: string;
  userAssignedIdentityId?: string;
  tenantId: string;
  kubeletObjectId: string;
  pools?: { name: string; osType: string; osSKU: string; mode: string; vmSize: string; count: number }[];
  diskCSIDriver?: boolean;
  snapshotController?: boolean;
}

/** ManagedClustersGet.json (containerservice) plus identity, powerState and storageProfile from the spec. */
export function managedCluster(spec: ClusterSpec): ArmResource {
  const [, , subscriptionId, , resourceGroup, , , , name] = spec.id.split('/') as string[];
  const dnsPrefix = `${name}-dns`;
  const suffix = spec.principalId.slice(0, 8);
  const pools = spec.pools ?? [
    {
      name: 'system',
      osType: 'Linux',
      osSKU: 'AzureLinux',
      mode: 'System',
      vmSize: 'Standard_D4ds_v5',
      count: 3,
    },
  ];
  const powerState = spec.powerState ?? 'Running';
  const identity: Record<string, unknown> = spec.userAssignedIdentityId
    ? {
        type: 'UserAssigned',
        userAssignedIdentities: {
          [spec.userAssignedIdentityId]: { clientId: spec.kubeletObjectId, principalId: spec.principalId },
        },
      }
    : { principalId: spec.principalId, tenantId: spec.tenantId, type: 'SystemAssigned' };
  return {
    id: spec.id,
    name: name ?? '',
    type: 'Microsoft.ContainerService/managedClusters',
    location: spec.location,
    ...(spec.tags ? { tags: spec.tags } : {}),
    sku: { name: 'Base', tier: 'Standard' },
    identity,
    properties: {
      agentPoolProfiles: pools.map((pool) => ({
        name: pool.name,
        count: pool.count,
        currentOrchestratorVersion: spec.kubernetesVersion,
        maxPods: 110,
        mode: pool.mode,
        orchestratorVersion: spec.kubernetesVersion,
        osDiskSizeGB: 128,
        osSKU: pool.osSKU,
        osType: pool.osType,
        powerState: { code: powerState },
        provisioningState: 'Succeeded',
        type: 'VirtualMachineScaleSets',
        vmSize: pool.vmSize,
      })),
      azurePortalFQDN: `${dnsPrefix}-${suffix}.portal.hcp.${spec.location}.azmk8s.io`,
      currentKubernetesVersion: spec.kubernetesVersion,
      dnsPrefix,
      enableRBAC: true,
      fqdn: `${dnsPrefix}-${suffix}.hcp.${spec.location}.azmk8s.io`,
      identityProfile: {
        kubeletidentity: {
          objectId: spec.kubeletObjectId,
          resourceId: `/subscriptions/${subscriptionId}/resourceGroups/MC_${resourceGroup}_${name}_${spec.location}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
        },
      },
      kubernetesVersion: spec.kubernetesVersion,
      maxAgentPools: 100,
      networkProfile: {
        dnsServiceIP: '10.0.0.10',
        loadBalancerSku: 'standard',
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        outboundType: 'loadBalancer',
        podCidr: '10.244.0.0/16',
        serviceCidr: '10.0.0.0/16',
      },
      nodeResourceGroup: `MC_${resourceGroup}_${name}_${spec.location}`,
      powerState: { code: powerState },
      provisioningState: 'Succeeded',
      servicePrincipalProfile: { clientId: 'msi' },
      storageProfile: {
        diskCSIDriver: { enabled: spec.diskCSIDriver ?? true },
        fileCSIDriver: { enabled: true },
        snapshotController: { enabled: spec.snapshotController ?? true },
      },
    },
  };
}

export interface VaultSpec {
  id: string;
  location: string;
  principalId: string;
  tenantId: string;
  redundancy?: string;
  softDelete?: string;
  softDeleteDays?: number;
  immutability?: string;
  tags?: Record<string, string>;
}

/** GetBackupVault.json (2025-07-01) with the identity block of GetBackupVaultWithMSI.json (2021-07-01). */
export function backupVault(spec: VaultSpec): ArmResource {
  return {
    id: spec.id,
    name: spec.id.split('/').at(-1) ?? '',
    type: 'Microsoft.DataProtection/Backupvaults',
    location: spec.location,
    ...(spec.tags ? { tags: spec.tags } : {}),
    identity: { principalId: spec.principalId, tenantId: spec.tenantId, type: 'SystemAssigned' },
    properties: {
      bcdrSecurityLevel: 'Good',
      featureSettings: {
        crossRegionRestoreSettings: { state: 'Disabled' },
        crossSubscriptionRestoreSettings: { state: 'Enabled' },
      },
      isVaultProtectedByResourceGuard: false,
      monitoringSettings: { azureMonitorAlertSettings: { alertsForAllJobFailures: 'Enabled' } },
      provisioningState: 'Succeeded',
      secureScore: 'Adequate',
      securitySettings: {
        immutabilitySettings: { state: spec.immutability ?? 'Unlocked' },
        softDeleteSettings: {
          retentionDurationInDays: spec.softDeleteDays ?? 14,
          state: spec.softDelete ?? 'On',
        },
      },
      storageSettings: [{ datastoreType: 'VaultStore', type: spec.redundancy ?? 'GeoRedundant' }],
    },
  };
}

export interface PolicySpec {
  vaultId: string;
  name: string;
  /** `R/<start>/<period>`, e.g. `R/2026-01-05T02:00:00+00:00/P1D`. */
  interval: string;
  operationalRetention: string;
  vaultRetention?: string;
}

/**
 * A backup policy as az CLI's AKS template shapes it (AZURE-FACTS.md §4.5) and GetBackupPolicy.json
 * returns it; a vault-tier copy as `enable-backup`'s DisasterRecovery variant (rule `Vault`, tag `Vault`).
 */
export function backupPolicy(spec: PolicySpec): ArmResource {
  const ruleName = spec.interval.endsWith('D') ? 'BackupDaily' : 'BackupHourly';
  const operational = { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' };
  const vault = { dataStoreType: 'VaultStore', objectType: 'DataStoreInfoBase' };
  const taggingCriteria: unknown[] = [
    { isDefault: true, tagInfo: { id: 'Default_', tagName: 'Default' }, taggingPriority: 99 },
  ];
  const rules: unknown[] = [
    {
      name: 'Default',
      isDefault: true,
      lifecycles: [
        {
          deleteAfter: { duration: spec.operationalRetention, objectType: 'AbsoluteDeleteOption' },
          sourceDataStore: operational,
          targetDataStoreCopySettings: [],
        },
      ],
      objectType: 'AzureRetentionRule',
    },
  ];
  if (spec.vaultRetention) {
    taggingCriteria.push({
      criteria: [{ absoluteCriteria: ['FirstOfDay'], objectType: 'ScheduleBasedBackupCriteria' }],
      isDefault: false,
      tagInfo: { id: 'Vault_', tagName: 'Vault' },
      taggingPriority: 50,
    });
    rules.push({
      name: 'Vault',
      isDefault: false,
      lifecycles: [
        {
          deleteAfter: { duration: spec.vaultRetention, objectType: 'AbsoluteDeleteOption' },
          sourceDataStore: vault,
          targetDataStoreCopySettings: [],
        },
      ],
      objectType: 'AzureRetentionRule',
    });
  }
  return {
    id: `${spec.vaultId}/backupPolicies/${spec.name}`,
    name: spec.name,
    type: 'Microsoft.DataProtection/backupVaults/backupPolicies',
    properties: {
      datasourceTypes: ['Microsoft.ContainerService/managedClusters'],
      objectType: 'BackupPolicy',
      policyRules: [
        {
          name: ruleName,
          backupParameters: { backupType: 'Incremental', objectType: 'AzureBackupParams' },
          dataStore: operational,
          objectType: 'AzureBackupRule',
          trigger: {
            objectType: 'ScheduleBasedTriggerContext',
            schedule: { repeatingTimeIntervals: [spec.interval], timeZone: 'Coordinated Universal Time' },
            taggingCriteria,
          },
        },
        ...rules,
      ],
    },
  };
}

export interface InstanceSpec {
  vaultId: string;
  name: string;
  clusterId: string;
  location: string;
  policyId: string;
  snapshotResourceGroupId: string;
  includedNamespaces?: string[];
  excludedNamespaces?: string[];
  protectionState?: string;
  protectionStatus?: string;
  error?: { code: string; message: string };
  datasourceType?: string;
}

/** PutBackupInstance_KubernetesClusterBackupDatasourceParameters.json's 200 body, plus state fields of the spec. */
export function backupInstance(spec: InstanceSpec): ArmResource {
  const clusterName = spec.clusterId.split('/').at(-1) ?? '';
  const datasourceType = spec.datasourceType ?? 'Microsoft.ContainerService/managedclusters';
  const datasource = {
    datasourceType,
    resourceID: spec.clusterId,
    resourceLocation: spec.location,
    resourceName: clusterName,
    resourceType: datasourceType,
    resourceUri: spec.clusterId,
  };
  const state = spec.protectionState ?? 'ProtectionConfigured';
  return {
    id: `${spec.vaultId}/backupInstances/${spec.name}`,
    name: spec.name,
    type: 'Microsoft.DataProtection/backupVaults/backupInstances',
    properties: {
      currentProtectionState: state,
      dataSourceInfo: { ...datasource, objectType: 'Datasource' },
      dataSourceSetInfo: { ...datasource, objectType: 'DatasourceSet' },
      friendlyName: `${clusterName}\\fullbackup`,
      objectType: 'BackupInstance',
      policyInfo: {
        policyId: spec.policyId,
        policyParameters: {
          backupDatasourceParametersList: [
            {
              excludedNamespaces: spec.excludedNamespaces ?? [
                'kube-system',
                'kube-public',
                'kube-node-lease',
              ],
              excludedResourceTypes: [],
              includeClusterScopeResources: true,
              includedNamespaces: spec.includedNamespaces ?? [],
              includedResourceTypes: [],
              includedVolumeTypes: ['AzureDisk'],
              labelSelectors: [],
              objectType: 'KubernetesClusterBackupDatasourceParameters',
              snapshotVolumes: true,
            },
          ],
          dataStoreParametersList: [
            {
              dataStoreType: 'OperationalStore',
              objectType: 'AzureOperationalStoreParameters',
              resourceGroupId: spec.snapshotResourceGroupId,
            },
          ],
        },
        policyVersion: '',
      },
      ...(spec.error
        ? {
            protectionErrorDetails: {
              code: spec.error.code,
              isRetryable: false,
              isUserError: true,
              message: spec.error.message,
            },
          }
        : {}),
      protectionStatus: {
        status: spec.protectionStatus ?? state,
        ...(spec.error ? { errorDetails: { code: spec.error.code, message: spec.error.message } } : {}),
      },
      provisioningState: 'Succeeded',
    },
  };
}

export interface RecoveryPointSpec {
  instanceId: string;
  recoveryPointId: string;
  timeMs: number;
  policyName: string;
  retentionMs: number;
  retentionTagName?: string;
  vaultTier?: boolean;
  snapshotId: string;
}

/** ListRecoveryPoints.json / GetRecoveryPoint.json (2026-03-01). */
export function recoveryPoint(spec: RecoveryPointSpec): ArmResource {
  const time = isoAt(spec.timeMs);
  const details: unknown[] = [{ creationTime: time, id: spec.snapshotId, type: 'Snapshot' }];
  if (spec.vaultTier)
    details.push({
      creationTime: time,
      id: spec.snapshotId.replace(/^.{8}/, 'b0b0b0b0'),
      type: 'BackupStorage',
    });
  return {
    id: `${spec.instanceId}/recoveryPoints/${spec.recoveryPointId}`,
    name: spec.recoveryPointId,
    type: 'microsoft.dataprotection/backupvaults/backupInstances/recoveryPoints',
    properties: {
      expiryTime: isoAt(spec.timeMs + spec.retentionMs),
      objectType: 'AzureBackupDiscreteRecoveryPoint',
      policyName: spec.policyName,
      recoveryPointDataStoresDetails: details,
      recoveryPointId: spec.recoveryPointId,
      recoveryPointState: 'Completed',
      recoveryPointTime: time,
      recoveryPointType: 'Incremental',
      retentionTagName: spec.retentionTagName ?? 'Default',
    },
  };
}

export interface JobSpec {
  /** The vault id as jobs spell it (ListJobs.json: `…/Backupvaults/…`). */
  vaultId: string;
  jobId: string;
  activityId: string;
  instanceId: string;
  clusterId: string;
  location: string;
  policyId: string;
  startMs: number;
  /** Undefined while running. */
  durationSeconds?: number;
  status: string;
  isUserTriggered?: boolean;
  operationCategory?: string;
  error?: { code: string; message: string };
}

/** ListJobs.json / GetJob.json (2025-07-01), for an AKS datasource. */
export function backupJob(spec: JobSpec): ArmResource {
  const clusterParts = spec.clusterId.split('/');
  const subscriptionId = clusterParts[2] ?? '';
  const clusterName = clusterParts.at(-1) ?? '';
  const vaultName = spec.vaultId.split('/').at(-1) ?? '';
  const running = spec.durationSeconds === undefined;
  return {
    id: `${spec.vaultId}/backupJobs/${spec.jobId}`,
    name: spec.jobId,
    type: 'Microsoft.DataProtection/Backupvaults/backupJobs',
    properties: {
      activityID: spec.activityId,
      backupInstanceFriendlyName: `${clusterName}\\fullbackup`,
      backupInstanceId: spec.instanceId,
      dataSourceId: spec.clusterId,
      dataSourceLocation: spec.location,
      dataSourceName: clusterName,
      dataSourceSetName: clusterName,
      dataSourceType: 'Microsoft.ContainerService/managedClusters',
      duration: timeSpan(spec.durationSeconds ?? 0),
      ...(running ? {} : { endTime: isoAt(spec.startMs + (spec.durationSeconds ?? 0) * 1000) }),
      ...(spec.error
        ? {
            errorDetails: [
              {
                code: spec.error.code,
                isRetryable: false,
                isUserError: true,
                message: spec.error.message,
                recommendedAction: ['Check the health of the backup extension and retry the operation.'],
              },
            ],
          }
        : {}),
      isUserTriggered: spec.isUserTriggered ?? false,
      operation: spec.operationCategory ?? 'Backup',
      operationCategory: spec.operationCategory ?? 'Backup',
      policyId: spec.policyId,
      policyName: spec.policyId.split('/').at(-1) ?? '',
      progressEnabled: false,
      sourceResourceGroup: clusterParts[4] ?? '',
      sourceSubscriptionID: subscriptionId,
      startTime: isoAt(spec.startMs),
      status: spec.status,
      subscriptionId,
      supportedActions: [],
      vaultName,
    },
  };
}

export interface ExtensionSpec {
  clusterId: string;
  principalId: string;
  tenantId: string;
  storageAccountId: string;
  container: string;
  provisioningState?: string;
  useAAD?: boolean;
}

/** CreateExtension.json's 200 body (kubernetesconfiguration 2025-03-01) for the backup extension (§3). */
export function backupExtension(spec: ExtensionSpec): ArmResource {
  const [, , storageSubscription, , storageGroup, , , , storageAccount] = spec.storageAccountId.split('/');
  return {
    id: `${spec.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/azure-aks-backup`,
    name: 'azure-aks-backup',
    type: 'Microsoft.KubernetesConfiguration/extensions',
    properties: {
      aksAssignedIdentity: { principalId: spec.principalId, tenantId: spec.tenantId },
      autoUpgradeMinorVersion: true,
      configurationSettings: {
        'configuration.backupStorageLocation.bucket': spec.container,
        'configuration.backupStorageLocation.config.resourceGroup': storageGroup ?? '',
        'configuration.backupStorageLocation.config.storageAccount': storageAccount ?? '',
        'configuration.backupStorageLocation.config.storageAccountURI': `https://${storageAccount}.blob.core.windows.net/`,
        'configuration.backupStorageLocation.config.subscriptionId': storageSubscription ?? '',
        'configuration.backupStorageLocation.config.useAAD': spec.useAAD === false ? 'false' : 'true',
        'credentials.tenantId': spec.tenantId,
      },
      currentVersion: '1.4.0',
      extensionType: 'microsoft.dataprotection.kubernetes',
      isSystemExtension: false,
      provisioningState: spec.provisioningState ?? 'Succeeded',
      releaseTrain: 'stable',
      scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
      statuses: [],
    },
  };
}

/** TrustedAccessRoleBindings_List.json (containerservice 2026-03-01) with the spec's provisioningState. */
export function trustedAccessBinding(
  clusterId: string,
  name: string,
  sourceResourceId: string,
  roles = [BACKUP_OPERATOR_ROLE],
): ArmResource {
  return {
    id: `${clusterId}/trustedAccessRoleBindings/${name}`,
    name,
    type: 'Microsoft.ContainerService/managedClusters/trustedAccessRoleBindings',
    properties: { provisioningState: 'Succeeded', roles, sourceResourceId },
  };
}

/** RoleAssignments_Get.json (authorization 2022-04-01). */
export function roleAssignment(
  scope: string,
  assignmentId: string,
  roleGuid: string,
  principalId: string,
): ArmResource {
  const subscriptionId = scope.split('/')[2] ?? '';
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${assignmentId}`,
    name: assignmentId,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      principalId,
      principalType: 'ServicePrincipal',
      roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
      scope,
    },
  };
}

/** StorageAccounts_GetProperties (storage): the fields the rules read, in ARM's shape. */
export function storageAccount(id: string, location: string, skuName = 'Standard_ZRS'): ArmResource {
  const name = id.split('/').at(-1) ?? '';
  return {
    id,
    name,
    type: 'Microsoft.Storage/storageAccounts',
    location,
    kind: 'StorageV2',
    sku: { name: skuName, tier: 'Standard' },
    properties: {
      accessTier: 'Hot',
      allowBlobPublicAccess: false,
      allowCrossTenantReplication: false,
      minimumTlsVersion: 'TLS1_2',
      primaryEndpoints: { blob: `https://${name}.blob.core.windows.net/` },
      primaryLocation: location,
      provisioningState: 'Succeeded',
      publicNetworkAccess: 'Enabled',
      statusOfPrimary: 'available',
      supportsHttpsTrafficOnly: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The large estate.

export interface GenerateEstateOptions {
  clusters: number;
  subscriptions: number;
  seed?: number;
  capturedAt?: string;
  /** Recent recovery points kept per protected cluster (default 4). */
  recoveryPointsPerInstance?: number;
  /** Recent jobs kept per protected cluster (default 6: one day of a 4-hourly policy). */
  jobsPerInstance?: number;
}

const REGIONS = ['westeurope', 'northeurope', 'eastus2', 'swedencentral', 'uksouth', 'centralus'] as const;
const VERSIONS = ['1.31.7', '1.32.4', '1.33.1', '1.30.11'] as const;
const PROVIDERS = [
  'Microsoft.ContainerService',
  'Microsoft.DataProtection',
  'Microsoft.KubernetesConfiguration',
];

/**
 * N clusters spread round-robin over S subscriptions. Each subscription has one region, a vault with two
 * policies (every-4h-7d, daily-30d), a storage account and a snapshot resource group. Per cluster, drawn
 * from the seed: ~85% protected (instance, recovery points, jobs; ~2% in ProtectionError, ~2% with a
 * failed latest job), ~92% with the backup extension (~3% Failed), ~88% with a binding, and the role
 * assignments that go with them. One subscription in twenty lacks Microsoft.KubernetesConfiguration.
 */
export function generateEstate(options: GenerateEstateOptions): EstateSnapshot {
  const random = seededRandom(options.seed ?? 1);
  const capturedAt = options.capturedAt ?? '2026-11-20T06:00:00Z';
  const now = Date.parse(capturedAt);
  const pointsPerInstance = options.recoveryPointsPerInstance ?? 4;
  const jobsPerInstance = options.jobsPerInstance ?? 6;
  const tenantId = guidFrom(random);
  const resources: ArmResource[] = [];
  const providers: ProviderStates = {};

  const subscriptions = Array.from({ length: options.subscriptions }, (_, index) => {
    const subscriptionId = guidFrom(random);
    const location = REGIONS[index % REGIONS.length] ?? 'westeurope';
    const vaultId = `/subscriptions/${subscriptionId}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-aks-${index}`;
    const vaultPrincipal = guidFrom(random);
    const storageId = `/subscriptions/${subscriptionId}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/stbkp${String(index).padStart(6, '0')}`;
    const snapshotGroup = `/subscriptions/${subscriptionId}/resourceGroups/rg-aks-snapshots`;
    resources.push(
      backupVault({ id: vaultId, location, principalId: vaultPrincipal, tenantId }),
      backupPolicy({
        vaultId,
        name: 'every-4h-7d',
        interval: 'R/2026-01-05T00:00:00+00:00/PT4H',
        operationalRetention: 'P7D',
      }),
      backupPolicy({
        vaultId,
        name: 'daily-30d',
        interval: 'R/2026-01-05T02:00:00+00:00/P1D',
        operationalRetention: 'P30D',
      }),
      storageAccount(storageId, location),
      roleAssignment(snapshotGroup, guidFrom(random), ROLE.reader, vaultPrincipal),
    );
    providers[subscriptionId] = Object.fromEntries(
      PROVIDERS.map((namespace) => [
        namespace,
        namespace === 'Microsoft.KubernetesConfiguration' && index % 20 === 19
          ? 'NotRegistered'
          : 'Registered',
      ]),
    );
    return { subscriptionId, location, vaultId, vaultPrincipal, storageId, snapshotGroup };
  });

  for (let index = 0; index < options.clusters; index++) {
    const sub = subscriptions[index % subscriptions.length]!;
    const ordinal = Math.floor(index / subscriptions.length);
    const name = `aks-${index % subscriptions.length}-${ordinal}`;
    const clusterId = `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-aks-${ordinal % 5}/providers/Microsoft.ContainerService/managedClusters/${name}`;
    const clusterPrincipal = guidFrom(random);
    resources.push(
      managedCluster({
        id: clusterId,
        location: sub.location,
        tags: { env: random() < 0.6 ? 'prod' : 'dev', backup: random() < 0.9 ? 'required' : 'optional' },
        kubernetesVersion: VERSIONS[Math.floor(random() * VERSIONS.length)] ?? '1.32.4',
        powerState: random() < 0.03 ? 'Stopped' : 'Running',
        principalId: clusterPrincipal,
        tenantId,
        kubeletObjectId: guidFrom(random),
      }),
    );
    const hasExtension = random() < 0.92;
    if (hasExtension) {
      const extensionPrincipal = guidFrom(random);
      resources.push(
        backupExtension({
          clusterId,
          principalId: extensionPrincipal,
          tenantId,
          storageAccountId: sub.storageId,
          container: 'aks-backups',
          provisioningState: random() < 0.03 ? 'Failed' : 'Succeeded',
        }),
        roleAssignment(sub.storageId, guidFrom(random), ROLE.storageBlobDataContributor, extensionPrincipal),
      );
    }
    if (random() < 0.88) {
      resources.push(
        trustedAccessBinding(
          clusterId,
          `tarb-${guidFrom(random).replace(/-/g, '').slice(0, 16)}`,
          sub.vaultId,
        ),
      );
    }
    if (!hasExtension || random() >= 0.85 / 0.92) continue;

    resources.push(
      roleAssignment(clusterId, guidFrom(random), ROLE.reader, sub.vaultPrincipal),
      roleAssignment(sub.snapshotGroup, guidFrom(random), ROLE.contributor, clusterPrincipal),
    );
    const fourHourly = random() < 0.5;
    const policyId = `${sub.vaultId}/backupPolicies/${fourHourly ? 'every-4h-7d' : 'daily-30d'}`;
    const instanceName = `${name}-${guidFrom(random).slice(0, 8)}`;
    const instanceId = `${sub.vaultId}/backupInstances/${instanceName}`;
    const inError = random() < 0.02;
    resources.push(
      backupInstance({
        vaultId: sub.vaultId,
        name: instanceName,
        clusterId,
        location: sub.location,
        policyId,
        snapshotResourceGroupId: sub.snapshotGroup,
        ...(inError
          ? {
              protectionState: 'ProtectionError',
              error: {
                code: 'UserErrorKubernetesBackupExtensionUnhealthy',
                message: 'The backup extension is not healthy.',
              },
            }
          : {}),
      }),
    );
    const periodMs = (fourHourly ? 4 : 24) * HOUR_MS;
    const retentionMs = (fourHourly ? 7 : 30) * 24 * HOUR_MS;
    const lastSlot = Math.floor(now / periodMs) * periodMs + (fourHourly ? 0 : 2 * HOUR_MS);
    const latest = lastSlot > now ? lastSlot - periodMs : lastSlot;
    for (let point = 0; point < pointsPerInstance; point++) {
      const recoveryPointId = guidFrom(random);
      resources.push(
        recoveryPoint({
          instanceId,
          recoveryPointId,
          timeMs: latest - point * periodMs + Math.floor(random() * 600) * 1000,
          policyName: fourHourly ? 'every-4h-7d' : 'daily-30d',
          retentionMs,
          snapshotId: guidFrom(random),
        }),
      );
    }
    const jobVaultId = sub.vaultId.replace('/backupVaults/', '/Backupvaults/');
    const latestFails = inError || random() < 0.02;
    for (let job = 0; job < jobsPerInstance; job++) {
      const failed = job === 0 && latestFails;
      const durationSeconds = 60 + Math.floor(random() * 600) + Math.floor(random() * 1e7) / 1e7;
      resources.push(
        backupJob({
          vaultId: jobVaultId,
          jobId: guidFrom(random),
          activityId: guidFrom(random),
          instanceId,
          clusterId,
          location: sub.location,
          policyId,
          startMs: latest - job * periodMs + 30_000,
          durationSeconds,
          status: failed ? 'Failed' : 'Completed',
          ...(failed
            ? {
                error: {
                  code: 'UserErrorKubernetesBackupExtensionUnhealthy',
                  message: 'The backup extension is not healthy.',
                },
              }
            : {}),
        }),
      );
    }
  }
  return { schemaVersion: 1, capturedAt, resources, providers };
}

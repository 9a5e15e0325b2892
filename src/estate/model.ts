import type { RepeatingInterval } from './schedule.js';
import type { ArmResource, ProviderStates, VaultCount } from './snapshot.js';
import type { DurationValue } from './time.js';

/**
 * The actual state: typed, read-only views of the ARM documents a snapshot or a live read holds, and
 * the lookups the diff and rule stages need. Views hold what the tool reads of a document, not the
 * document: at 10,000 clusters the documents are some 200 MB beside 120 MB of views, and nothing reads
 * them past the view (the plan's estate digest hashes the views, plan/digest.ts). Enumerations are open
 * in Azure (AZURE-FACTS.md §4.10.1), so every state is a `string` as written, never narrowed to a union:
 * `Provisioned`, `NotProtected` or a value Azure adds next year pass through unchanged. Fields are
 * undefined when the document lacks them.
 *
 * Ids keep their casing in `id`; `key` is the lower-cased form (arm-id.ts `idKey`) that every lookup
 * uses. Locations are normalised to ARM's `westeurope` form.
 */
export interface ResourceView {
  /** As written, with the leading `/` restored. */
  id: string;
  key: string;
  name: string;
}

export interface AgentPoolView {
  name?: string;
  /** `Linux` | `Windows` | … */
  osType?: string;
  /** `Ubuntu` | `AzureLinux` | `Windows2022` | … ; the extension runs only on x86 Ubuntu/Azure Linux (SM26). */
  osSku?: string;
  mode?: string;
  vmSize?: string;
}

export interface ManagedIdentityView {
  /** `SystemAssigned` | `UserAssigned` | `None` | `SystemAssigned, UserAssigned` | … */
  type?: string;
  /** The system-assigned identity's principal. */
  principalId?: string;
  tenantId?: string;
  /** Principals of the user-assigned identities, in document order. */
  userAssignedPrincipalIds: readonly string[];
}

export interface ClusterView extends ResourceView {
  subscriptionId?: string;
  resourceGroup?: string;
  location?: string;
  tags: Readonly<Record<string, string>>;
  /** `properties.powerState.code`: `Running` | `Stopped` | … */
  powerState?: string;
  provisioningState?: string;
  /** `currentKubernetesVersion`, else the requested `kubernetesVersion`. */
  kubernetesVersion?: string;
  identity: ManagedIdentityView;
  /**
   * The identity that needs Contributor on the snapshot resource group: `identity.principalId`, else the
   * first user-assigned identity's principal (AZURE-FACTS.md §2.1, CLI-CUS).
   */
  principalId?: string;
  /** `msi` for managed-identity clusters; anything else means a service principal (SM26: unsupported). */
  servicePrincipalClientId?: string;
  /** Absent means enabled: the AKS spec's default is true (AKSSPEC, storageProfile). */
  diskCsiDriverEnabled: boolean;
  snapshotControllerEnabled: boolean;
  fileCsiDriverEnabled: boolean;
  agentPools: readonly AgentPoolView[];
  nodeResourceGroup?: string;
  /**
   * `properties.supportPlan`: `KubernetesOfficial` (the API's default when absent) | `AKSLongTermSupport`.
   * Long-term support keeps older minors supported (https://learn.microsoft.com/azure/aks/long-term-support).
   */
  supportPlan?: string;
}

export interface VaultView extends ResourceView {
  subscriptionId?: string;
  resourceGroup?: string;
  location?: string;
  tags: Readonly<Record<string, string>>;
  identity: ManagedIdentityView;
  /** The vault's system-assigned identity: the principal of every vault role assignment. */
  principalId?: string;
  provisioningState?: string;
  /** `Off` | `On` | `AlwaysOn` | `Enabled` (GetBackupVault.json) | … */
  softDeleteState?: string;
  softDeleteRetentionDays?: number;
  /** `Disabled` | `Unlocked` | `Locked` | `UnLocked` (older spelling) | … */
  immutabilityState?: string;
  storageSettings: readonly { datastoreType?: string; type?: string }[];
  crossRegionRestoreState?: string;
  crossSubscriptionRestoreState?: string;
}

export interface BackupRuleView {
  name?: string;
  /** `OperationalStore` | `VaultStore` | … */
  dataStoreType?: string;
  intervals: readonly RepeatingInterval[];
  timeZone?: string;
}

export interface RetentionLifecycleView {
  sourceDataStore?: string;
  deleteAfter?: DurationValue;
  /** Data stores this lifecycle copies to (`targetDataStoreCopySettings[].dataStore.dataStoreType`). */
  copyTo: readonly string[];
}

export interface RetentionRuleView {
  name?: string;
  isDefault: boolean;
  lifecycles: readonly RetentionLifecycleView[];
}

export interface PolicyView extends ResourceView {
  vaultKey?: string;
  datasourceTypes: readonly string[];
  /** True when a datasource type names managed clusters, in any casing. */
  isKubernetes: boolean;
  backupRules: readonly BackupRuleView[];
  retentionRules: readonly RetentionRuleView[];
  /**
   * Per source data store, the longest `deleteAfter` over all retention rules: what a recovery point in
   * that tier lives at most. Keys as Azure writes them (`OperationalStore`, `VaultStore`).
   */
  retentionByDataStore: Readonly<Record<string, DurationValue>>;
}

/** `KubernetesClusterBackupDatasourceParameters`, with null, [] and absent lists made equal (§4.6). */
export interface InstanceBackupSettings {
  /** Undefined: every namespace, as in the desired-state model. */
  includedNamespaces?: readonly string[];
  excludedNamespaces: readonly string[];
  includedResourceTypes: readonly string[];
  excludedResourceTypes: readonly string[];
  labelSelectors: readonly string[];
  includedVolumeTypes: readonly string[];
  snapshotVolumes?: boolean;
  includeClusterScopeResources?: boolean;
  backupHookReferences: readonly { name?: string; namespace?: string }[];
}

export interface ErrorSummary {
  code?: string;
  message?: string;
}

export interface BackupInstanceView extends ResourceView {
  /** ARM tags; `managed-by: aks-backup-guard` marks the instances this tool created (prune). */
  tags: Readonly<Record<string, string>>;
  /** From the id, or, for ids routed through the cluster (`<cluster>/providers/…/backupInstances/x`), the policy id. */
  vaultKey?: string;
  /** `dataSourceInfo.resourceID` (capital ID; leading `/` restored), else `dataSourceSetInfo`'s. */
  clusterId?: string;
  clusterKey?: string;
  datasourceType?: string;
  /** True when the datasource is a managed cluster, judged from its type or id in any casing. */
  isKubernetes: boolean;
  /** `dataSourceInfo.resourceLocation`. */
  datasourceLocation?: string;
  friendlyName?: string;
  policyId?: string;
  policyKey?: string;
  /** The OperationalStore `resourceGroupId`: fixed for the instance's life (FAQ25). */
  snapshotResourceGroupId?: string;
  snapshotResourceGroupKey?: string;
  backup: InstanceBackupSettings;
  /** `currentProtectionState`: `ProtectionConfigured` | `ProtectionError` | `ConfiguringProtection` | … */
  protectionState?: string;
  /** `protectionStatus.status`: `ProtectionConfigured` | `NotProtected` | … */
  protectionStatus?: string;
  /** `Provisioning` | `Provisioned` | `Succeeded` | `Failed` | … (§4.10.2). */
  provisioningState?: string;
  /** `protectionErrorDetails` and `protectionStatus.errorDetails`. */
  errors: readonly ErrorSummary[];
  /** From `identityDetails`; absent means the vault's system identity. */
  usesSystemAssignedIdentity: boolean;
  userAssignedIdentityId?: string;
}

export interface RecoveryPointView extends ResourceView {
  instanceKey?: string;
  recoveryPointId: string;
  time?: string;
  timeMs?: number;
  /** `Completed` | `Partial` | … */
  state?: string;
  type?: string;
  policyName?: string;
  retentionTagName?: string;
  expiryTime?: string;
  /** `recoveryPointDataStoresDetails[].type`: `Snapshot`, `BackupStorage`. */
  dataStoreTypes: readonly string[];
}

/** Success = Completed | CompletedWithWarnings | Succeeded; failure = Failed | Cancelled; else running (§4.9). */
export type JobOutcome = 'succeeded' | 'failed' | 'running';

export interface JobView extends ResourceView {
  vaultKey?: string;
  instanceKey?: string;
  operation?: string;
  /** `Backup` | `Restore` | `Tiering` | `Management` | … */
  operationCategory?: string;
  status?: string;
  outcome: JobOutcome;
  isUserTriggered?: boolean;
  startTime?: string;
  startMs?: number;
  endTime?: string;
  /** As written: ISO 8601 or a .NET TimeSpan (views/job.ts `jobDurationSeconds` reads either). */
  duration?: string;
  policyName?: string;
  errors: readonly ErrorSummary[];
}

export interface ExtensionView extends ResourceView {
  clusterKey?: string;
  /** As written; `extensionTypeKey` is lower-cased for comparison. */
  extensionType?: string;
  extensionTypeKey?: string;
  /** `microsoft.dataprotection.kubernetes` in any casing (K8SEXT, TF). */
  isBackupExtension: boolean;
  /** `Succeeded` | `Failed` | `Creating` | … */
  provisioningState?: string;
  /** `aksAssignedIdentity.principalId`: the extension identity that needs storage roles (CON25). */
  principalId?: string;
  configurationSettings: Readonly<Record<string, string>>;
  releaseTrain?: string;
  version?: string;
  currentVersion?: string;
  autoUpgradeMinorVersion?: boolean;
}

export interface TrustedAccessBindingView extends ResourceView {
  clusterKey?: string;
  sourceResourceId?: string;
  /** Lower-cased `sourceResourceId`: bindings are matched by source, never by name (trap 13). */
  sourceKey?: string;
  roles: readonly string[];
  provisioningState?: string;
}

export interface RoleAssignmentView extends ResourceView {
  /** `properties.scope`, else the id's part before `/providers/Microsoft.Authorization/roleAssignments`. */
  scope?: string;
  scopeKey?: string;
  roleDefinitionId?: string;
  /** The GUID at the end of `roleDefinitionId`, lower-cased: what built-in role lists compare against. */
  roleDefinitionGuid?: string;
  principalId?: string;
  principalKey?: string;
  principalType?: string;
}

export interface StorageAccountView extends ResourceView {
  subscriptionId?: string;
  resourceGroup?: string;
  location?: string;
  /** `StorageV2` (GPv2, required by SM26) | `BlobStorage` | … */
  kind?: string;
  skuName?: string;
  skuTier?: string;
  blobEndpoint?: string;
  publicNetworkAccess?: string;
  allowCrossTenantReplication?: boolean;
}

/** One major.minor release AKS lists for a region (AKSSPEC `KubernetesVersion`). */
export interface AksVersionView {
  /** major.minor as listed: `1.32`. */
  version: string;
  isPreview: boolean;
  /** `capabilities.supportPlan`; empty when the listing does not say (then any plan is meant). */
  supportPlans: readonly string[];
}

/**
 * What the estate knows of the Kubernetes versions AKS supports in one region (snapshot
 * `kubernetesVersions`): the listed releases, or why the list could not be read.
 */
export interface AksVersionsView {
  location: string;
  /** Every listed release, preview ones included, in ARM's order; undefined when the read was refused. */
  versions?: readonly AksVersionView[];
  /** Why the list is unknown, e.g. `HTTP 403 AuthorizationFailed: …`. */
  unavailable?: string;
}

/**
 * What a lookup takes: an id in any casing, with or without the leading `/`, or a view (its key is used
 * as it is, which spares lower-casing and hashing an id the caller already has the key of).
 */
export type ResourceRef = string | ResourceView;

/** The estate with its lookups. */
export interface Estate {
  capturedAt: string;
  clusters: readonly ClusterView[];
  vaults: readonly VaultView[];
  policies: readonly PolicyView[];
  instances: readonly BackupInstanceView[];
  recoveryPoints: readonly RecoveryPointView[];
  jobs: readonly JobView[];
  extensions: readonly ExtensionView[];
  bindings: readonly TrustedAccessBindingView[];
  roleAssignments: readonly RoleAssignmentView[];
  storageAccounts: readonly StorageAccountView[];
  /** Documents of types the model does not know, kept so that nothing read is lost. */
  otherResources: readonly ArmResource[];
  providers: ProviderStates;
  /** Ids seen more than once (compared case-insensitively); the first document wins. */
  duplicateIds: readonly string[];

  cluster(id: ResourceRef): ClusterView | undefined;
  vault(id: ResourceRef): VaultView | undefined;
  policy(id: ResourceRef): PolicyView | undefined;
  instance(id: ResourceRef): BackupInstanceView | undefined;
  storageAccount(id: ResourceRef): StorageAccountView | undefined;
  instancesOfCluster(clusterId: ResourceRef): readonly BackupInstanceView[];
  instancesInVault(vaultId: ResourceRef): readonly BackupInstanceView[];
  policiesInVault(vaultId: ResourceRef): readonly PolicyView[];
  /** The cluster's `microsoft.dataprotection.kubernetes` extension, whatever its name. */
  backupExtension(clusterId: ResourceRef): ExtensionView | undefined;
  extensionsOfCluster(clusterId: ResourceRef): readonly ExtensionView[];
  bindingsOfCluster(clusterId: ResourceRef): readonly TrustedAccessBindingView[];
  /** The binding on the cluster whose `sourceResourceId` is the vault, whatever its name (trap 13). */
  bindingFor(clusterId: ResourceRef, vaultId: ResourceRef): TrustedAccessBindingView | undefined;
  roleAssignmentsOfPrincipal(principalId: string): readonly RoleAssignmentView[];
  /** The same by lower-cased scope, each list in the estate's order; built on first use per principal. */
  roleAssignmentsOfPrincipalByScope(principalId: string): ReadonlyMap<string, readonly RoleAssignmentView[]>;
  /** Assignments made exactly at this scope; inherited ones are the caller's to add from parent scopes. */
  roleAssignmentsAtScope(scope: string): readonly RoleAssignmentView[];
  /** Newest first. */
  recoveryPointsOf(instanceId: ResourceRef): readonly RecoveryPointView[];
  /** The recovery point with the latest `recoveryPointTime`, in any state. */
  latestRecoveryPoint(instanceId: ResourceRef): RecoveryPointView | undefined;
  /** Newest start first. */
  jobsOf(instanceId: ResourceRef): readonly JobView[];
  /** `Registered` | `NotRegistered` | `Registering` | … ; undefined when the snapshot does not say. */
  providerState(subscriptionId: string, namespace: string): string | undefined;
  /** The region's AKS versions (any spelling of the location); undefined when the snapshot has none for it. */
  aksVersions(location: string): AksVersionsView | undefined;
  /**
   * False when the reader left this instance's recovery points out on purpose (snapshot
   * `unreadRecoveryPoints`): an empty `recoveryPointsOf` then means "not read", not "none".
   */
  recoveryPointsRead(instanceId: ResourceRef): boolean;
  /**
   * The vault's backup policies and instances of every workload as counted by the reader (snapshot
   * `vaultCounts`); undefined when the snapshot does not say, and then `policiesInVault` /
   * `instancesInVault` are all that is known.
   */
  vaultCounts(vaultId: ResourceRef): VaultCount | undefined;
}

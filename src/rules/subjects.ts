import type { SourceLocation } from '../config/diagnostics.js';

/**
 * The documents rules are evaluated over. Each is a plain JSON-like object (so a JSON Schema can assert
 * over it) that a builder fills from the desired state and the estate model; the engine never reads
 * Azure or the estate itself.
 *
 * Conventions every builder must follow, because the rules rely on them:
 * - **Absent means unknown, and unknown never fails.** A field is left out when its fact was not read
 *   (e.g. `validate` has no estate). Rules assert only over facts that are present. Where "read, and there
 *   is none" matters, the field is `null` (e.g. `extension: null` = the cluster has no backup extension).
 * - Ids are ARM ids as Azure writes them; rules compare them case-insensitively (AZURE-FACTS.md trap 4).
 * - Locations are ARM region names (`westeurope`, not `West Europe`).
 * - Durations are ISO 8601 (`PT4H`, `P1D`, `P30D`), as Data Protection policies carry them.
 * - Instants are ISO 8601 UTC strings (`2026-11-21T02:00:00Z`).
 * - Enumerations are open strings as Azure writes them (`Provisioned`, `UnLocked`…), never narrowed.
 */
export const SUBJECT_KINDS = ['cluster', 'binding', 'vault', 'instance', 'operation', 'exemption'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Facts an exemption's `match:` selector is compared with (config ClusterSelector). */
export interface SubjectScope {
  subscriptionId?: string;
  resourceGroup?: string;
  location?: string;
  tags?: Readonly<Record<string, string>>;
  /** The resource's own name: the cluster's for cluster-related subjects, the vault's for vault subjects. */
  name?: string;
}

export interface SubjectBase {
  kind: SubjectKind;
  /** The Azure resource findings are about, unless a rule names another field (`resource:`). */
  resourceId?: string;
  /** The cluster's name, shown in findings and matched by exemptions' `clusters:` names. */
  cluster?: string;
  /** The cluster's ARM id, matched by exemptions' `clusters:` ids. */
  clusterId?: string;
  /** Where the desired-state entry stands (cluster entry, exemption entry): findings point here. */
  declaredAt?: SourceLocation;
  /** What exemption selectors match on. Without it only exemptions by rule alone (or by cluster name/id) apply. */
  scope?: SubjectScope;
}

/** The `microsoft.dataprotection.kubernetes` extension of a cluster (EXTSPEC, AZURE-FACTS.md §3). */
export interface ExtensionFacts {
  name?: string;
  extensionType?: string;
  /** `Succeeded` | `Failed` | `Creating` | `Updating` | `Deleting` | `Canceled` */
  provisioningState?: string;
  /** `aksAssignedIdentity.principalId`: the identity that needs storage roles (CON25). */
  principalId?: string;
  /** `configuration.backupStorageLocation.config.useAAD`, a string as Azure stores it; the CLI default is "true". */
  useAAD?: string;
}

/** A trusted-access role binding on a cluster (AKSSPEC, AZURE-FACTS.md §2.3). */
export interface TrustedAccessBindingFacts {
  name?: string;
  sourceResourceId?: string;
  roles: readonly string[];
  /** `Succeeded` | `Updating` | `Failed` | … */
  provisioningState?: string;
}

/** A role assignment (including ones inherited from a parent scope) of one of the backup identities. */
export interface RoleAssignmentFacts {
  principalId: string;
  /** A role definition id (`/subscriptions/…/roleDefinitions/<guid>`) or the bare GUID. */
  roleDefinitionId: string;
  /** The scope it was made at; it covers every resource below that scope. */
  scope: string;
}

/** A backup or restore job (Data Protection `backupJobs`, AZURE-FACTS.md §4.9). */
export interface JobFacts {
  id?: string;
  /** `operationCategory`: `Backup` | `Restore` | `Tiering` | `Management` */
  category?: string;
  operation?: string;
  /** `InProgress` | `Completed` | `CompletedWithWarnings` | `Failed` | `Cancelled` | … */
  status?: string;
  /** True for on-demand (ad hoc) backups and restores a person or tool started. */
  isUserTriggered?: boolean;
  startTime?: string;
  endTime?: string;
  errorCode?: string;
  errorMessage?: string;
}

/** A persistent volume found in the cluster, classified by the builder from its CSI driver and parameters. */
export interface PersistentVolumeFacts {
  name: string;
  namespace?: string;
  /**
   * `AzureDisk` (disk.csi.azure.com) | `AzureFileShareSMB` (file.csi.azure.com, SMB) | `AzureFileShareNFS` |
   * `AzureBlob` (blob.csi.azure.com) | `InTree` (kubernetes.io/azure-disk, azure-file) | `Other`.
   */
  type: string;
  csiDriver?: string;
  storageClass?: string;
}

/**
 * One AKS cluster in scope (AKSB001-005, 010, 012, 015, 025). Filled from the managed cluster document,
 * its backup extension, provider registrations of its subscription and the backup instances that name it.
 */
export interface ClusterSubject extends SubjectBase {
  kind: 'cluster';
  resourceId: string;
  location?: string;
  subscriptionId?: string;
  /** `currentKubernetesVersion`, else `kubernetesVersion`: `1.31.2`. */
  kubernetesVersion?: string;
  /**
   * The major.minor versions AKS supports in the cluster's region, from
   * `GET /subscriptions/{s}/providers/Microsoft.ContainerService/locations/{loc}/kubernetesVersions`
   * (`values[].version`; preview versions left out, and long-term-support-only versions unless the
   * cluster's `supportPlan` is `AKSLongTermSupport`). AKS backup supports what AKS supports (SM26).
   * Absent when the list was not read.
   */
  aksSupportedVersions?: readonly string[];
  /** Why the region's list is unknown although it was asked for (`HTTP 403 AuthorizationFailed: …`). */
  aksVersionsUnavailable?: string;
  /** `storageProfile.*.enabled`; the builder applies the API default (absent = true, AKSSPEC). */
  csi?: { diskDriver?: boolean; snapshotController?: boolean; fileDriver?: boolean };
  identity?: {
    /** `SystemAssigned` | `UserAssigned` | `None`; absent when the cluster has no `identity` block. */
    type?: string;
    /** `servicePrincipalProfile.clientId`: `msi` on managed-identity clusters. */
    servicePrincipalClientId?: string;
  };
  /** `powerState.code`: `Running` | `Stopped`. */
  powerState?: string;
  /** The backup extension; `null` when the cluster has none. */
  extension?: ExtensionFacts | null;
  /** Registration state by provider namespace in the cluster's subscription: `Registered`, `NotRegistered`, … */
  providers?: Readonly<Record<string, string>>;
  /** Every backup instance, in any vault, whose datasource is this cluster. */
  instances?: readonly { id: string; vaultId?: string; policyId?: string }[];
  /** What the reviewed plan will do for this cluster, so a rule does not flag what the plan fixes. */
  plan?: {
    /** The plan installs the backup extension, or re-applies (PUTs again) a `Failed` one. */
    installsExtension?: boolean;
    createsInstance?: boolean;
    /** Provider namespaces the plan registers in the cluster's subscription. */
    registersProviders?: readonly string[];
  };
}

/**
 * One desired cluster with the vault, policy, storage and snapshot resource group it is bound to
 * (AKSB006-009, 011, 013, 014, 021, 022, 030). The desired settings come from the YAML; the facts about
 * the resources (`location`, `tenantId`, `kind`…) from the estate when it was read.
 */
export interface BindingSubject extends SubjectBase {
  kind: 'binding';
  /** The cluster's id; absent for a selector entry evaluated without an estate. */
  resourceId?: string;
  /** The cluster's region, subscription and tenant. */
  location?: string;
  subscriptionId?: string;
  tenantId?: string;
  vault: {
    id: string;
    location?: string;
    subscriptionId?: string;
    tenantId?: string;
  };
  storage: {
    accountId: string;
    container: string;
    location?: string;
    subscriptionId?: string;
    /** `StorageV2` = general-purpose v2. */
    kind?: string;
    /** `Standard_LRS`, `Premium_LRS`, … */
    skuName?: string;
  };
  policy: {
    name: string;
    /** The policy's id in this binding's vault. */
    id: string;
    /** ISO 8601 repeating interval: `PT4H`, `P1D`. */
    interval: string;
    retention: { operational: string; vault?: string };
  };
  snapshotResourceGroup: { id: string; subscriptionId?: string };
  backup: {
    /** Absent: every namespace. */
    includedNamespaces?: readonly string[];
    excludedNamespaces: readonly string[];
    includeClusterScopeResources: boolean;
    snapshotVolumes: boolean;
    includedVolumeTypes: readonly string[];
  };
  /** Namespaces that exist in the cluster, when an inventory was given. */
  namespaces?: readonly string[];
  /** Persistent volumes that exist in the cluster, when an inventory was given (AKSB030). */
  persistentVolumes?: readonly PersistentVolumeFacts[];
  /** The existing backup instance of this cluster in this binding's vault, if any. */
  instance?: { id: string; policyId?: string; snapshotResourceGroupId?: string } | null;
  /** The cluster's trusted-access bindings (all of them; the rule picks the vault's by source id). */
  trustedAccessBindings?: readonly TrustedAccessBindingFacts[];
  /** The cluster's backup extension (for its identity and `useAAD`); `null` when there is none. */
  extension?: ExtensionFacts | null;
  /** Principal ids of the three identities AKS backup uses (AZURE-FACTS.md §2.1). */
  /** `vault: null` means the vault was read and has no managed identity: nothing can be granted to it. */
  identities?: { vault?: string | null; cluster?: string; extension?: string };
  /** Role assignments of those principals that cover the cluster, snapshot group or storage account. */
  roleAssignments?: readonly RoleAssignmentFacts[];
  /** Storage accounts of the Azure Files shares the cluster's volumes use (only with AzureFileShareSMB). */
  fileShareStorageAccounts?: readonly string[];
  plan?: {
    /** The plan creates the binding, adds the role to it, or re-applies (PUTs again) a `Failed` one. */
    createsTrustedAccess?: boolean;
    /** Assignments the plan creates; they count as existing. */
    roleAssignments?: readonly RoleAssignmentFacts[];
  };
}

/** One Backup vault (AKSB016, 026, 027). `scope` holds the vault's own subscription, group, region and tags. */
export interface VaultSubject extends SubjectBase {
  kind: 'vault';
  resourceId: string;
  name?: string;
  location?: string;
  subscriptionId?: string;
  /** `securitySettings.softDeleteSettings.state`: `Off` | `On` | `AlwaysOn` (examples also show `Enabled`). */
  softDeleteState?: string;
  /** `securitySettings.immutabilitySettings.state`: `Disabled` | `Unlocked` | `Locked` (older: `UnLocked`). */
  immutabilityState?: string;
  /** Counts after the plan is applied: existing, plus what it creates, minus what it deletes. */
  counts?: { policies?: number; instances?: number };
}

/** One existing backup instance (AKSB023, 024, 029). */
export interface InstanceSubject extends SubjectBase {
  kind: 'instance';
  resourceId: string;
  name?: string;
  vaultId?: string;
  policyId?: string;
  /** `currentProtectionState`. */
  protectionState?: string;
  /** `protectionStatus.status`. */
  protectionStatus?: string;
  provisioningState?: string;
  /** `protectionErrorDetails` and `protectionStatus.errorDetails`. */
  errors?: readonly { code?: string; message?: string }[];
  /** When the instance was created, if known: a new instance has no recovery point yet. */
  createdAt?: string;
  /**
   * How many of the instance's scheduled backup jobs have ended, whatever their outcome, among the jobs
   * read (Resource Graph keeps 14 days of them, AZURE-FACTS.md §5.2; `isUserTriggered` false, §4.9). A
   * scheduled backup that comes due leaves a job even when it fails, so an instance with no recovery
   * point and none of these has not reached its first scheduled backup yet. Absent when unknown.
   */
  scheduledBackupsEnded?: number;
  /** The instance's policy as it exists in the vault. */
  policy?: { interval?: string };
  /** The newest recovery point, or `null` when the instance has none. */
  latestRecoveryPoint?: { id?: string; time: string; state?: string } | null;
  /** The instance's recent jobs (at least the last 24 hours). */
  jobs?: readonly JobFacts[];
}

/** A cluster taking part in an operation (source of a backup, source or target of a restore). */
export interface OperationClusterFacts {
  id: string;
  name?: string;
  location?: string;
  powerState?: string;
  extension?: ExtensionFacts | null;
  trustedAccessBindings?: readonly TrustedAccessBindingFacts[];
}

/** An on-demand backup or a restore about to be started (AKSB017-020). `resourceId` = the backup instance. */
export interface OperationSubject extends SubjectBase {
  kind: 'operation';
  operation: 'backup' | 'restore';
  resourceId: string;
  vaultId?: string;
  sourceCluster?: OperationClusterFacts;
  targetCluster?: OperationClusterFacts;
  /** `OperationalStore` | `VaultStore`: where the restored recovery point lives. */
  sourceDataStore?: string;
  /** A vault-tier restore to the paired region (cross-region restore). */
  crossRegionRestore?: boolean;
  /** The instance's jobs of the last day, to count against the per-day limits. */
  recentJobs?: readonly JobFacts[];
}

/** One entry of the desired state's `exemptions:` (AKSB028). */
export interface ExemptionSubject extends SubjectBase {
  kind: 'exemption';
  /** 1-based position in the file's list, as messages number it. */
  number: number;
  rule: string;
  reason: string;
  /** YYYY-MM-DD as written: the last day it applies. */
  expires: string;
  /** ISO instant it stops applying: the start of the day after `expires`, UTC. */
  expiresAt: string;
}

export type Subject =
  ClusterSubject | BindingSubject | VaultSubject | InstanceSubject | OperationSubject | ExemptionSubject;

import type { SourceLocation } from './diagnostics.js';
import type { Duration } from './duration.js';
import type { ResourceId } from './resource-id.js';
import type { SourceMap } from './source-map.js';

/** The desired state after loading: every default resolved, every name turned into what it refers to. */
export interface DesiredState {
  file: string;
  version: 1;
  vaults: ReadonlyMap<string, DesiredVault>;
  storage: ReadonlyMap<string, DesiredStorage>;
  policies: ReadonlyMap<string, DesiredPolicy>;
  clusters: readonly DesiredCluster[];
  exemptions: readonly Exemption[];
  options: Options;
  /** Positions of every value in the file, for findings raised by later stages. */
  sourceMap: SourceMap;
}

export interface DesiredVault {
  name: string;
  id: ResourceId;
  source: SourceLocation;
}

export interface DesiredStorage {
  name: string;
  account: ResourceId;
  container: string;
  source: SourceLocation;
}

export interface DesiredPolicy {
  /** Also the policy's name in every vault that uses it. */
  name: string;
  schedule: {
    every: Duration;
    /** HH:MM, the start of the first backup of a day. */
    at: string;
    timeZone: string;
  };
  retention: {
    operational: Duration;
    /** Present when the first backup of each day is also copied to the vault tier. */
    vault?: Duration;
  };
  source: SourceLocation;
}

export type VolumeType = 'AzureDisk' | 'AzureFileShareSMB';

/** What one backup instance captures (KubernetesClusterBackupDatasourceParameters). */
export interface BackupSettings {
  /** Undefined means every namespace. */
  includedNamespaces?: readonly string[];
  excludedNamespaces: readonly string[];
  includedResourceTypes: readonly string[];
  excludedResourceTypes: readonly string[];
  labelSelectors: readonly string[];
  includeClusterScopeResources: boolean;
  snapshotVolumes: boolean;
  includedVolumeTypes: readonly VolumeType[];
}

export interface ClusterSelector {
  subscriptions?: readonly string[];
  resourceGroups?: readonly string[];
  locations?: readonly string[];
  tags?: Readonly<Record<string, string>>;
  names?: readonly string[];
}

export type ClusterTarget = { kind: 'id'; id: ResourceId } | { kind: 'selector'; selector: ClusterSelector };

export interface DesiredCluster {
  /** Index in the file's `clusters:` list. */
  index: number;
  target: ClusterTarget;
  vault: DesiredVault;
  storage: DesiredStorage;
  policy: DesiredPolicy;
  /** The policy as it will exist in this cluster's vault. */
  policyId: string;
  snapshotResourceGroup: ResourceId;
  backup: BackupSettings;
  preUpgrade: { maxRecoveryPointAge?: Duration };
  restoreDrill?: RestoreDrill;
  source: SourceLocation;
}

export interface RestoreDrill {
  /** Undefined: restore into the source cluster itself, under suffixed namespaces. */
  target?: ResourceId;
  namespaceSuffix: string;
  namespaces?: readonly string[];
}

export interface Exemption {
  index: number;
  rule: string;
  /** Lower-cased cluster names or ids; undefined with no selector means every cluster. */
  clusters?: readonly string[];
  selector?: ClusterSelector;
  reason: string;
  /** YYYY-MM-DD as written. */
  expires: string;
  /** The first instant the exemption no longer applies: the start of the day after `expires`, UTC. */
  expiresAt: Date;
  source: SourceLocation;
}

export interface Options {
  roleSet: 'recommended' | 'minimal';
  allowAzureFiles: boolean;
}

export const DEFAULT_BACKUP: BackupSettings = {
  excludedNamespaces: [],
  includedResourceTypes: [],
  excludedResourceTypes: [],
  labelSelectors: [],
  // Explicitly true: Terraform's false defaults silently skip volumes (AZURE-FACTS.md trap 11).
  includeClusterScopeResources: true,
  snapshotVolumes: true,
  includedVolumeTypes: ['AzureDisk'],
};

export const DEFAULT_TIME_ZONE = 'Coordinated Universal Time';
export const DEFAULT_DRILL_SUFFIX = '-drill';

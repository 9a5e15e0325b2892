/**
 * The Resource Graph side of the estate: one query per table/type family (AZURE-FACTS.md §5.2), each
 * projecting only what later stages read — but in the shape ARM GET returns, so a live read and a
 * snapshot file build the same estate. `type` is restored to ARM's spelling because ARG lower-cases it
 * (§4.10 item 4). Trusted-access bindings, recovery points and provider registration are not in ARG;
 * arm-reader.ts reads those.
 *
 * Each filter is written twice on purpose: as KQL for Resource Graph and as a predicate for snapshot
 * files (projectSnapshot), and the round-trip tests hold the two to the same answer.
 */
import type { ArmResource, VaultCounts } from '../estate/snapshot.js';
import { kqlDatetime, kqlString } from './safe-input.js';

export type GraphTable =
  'Resources' | 'RecoveryServicesResources' | 'KubernetesConfigurationResources' | 'AuthorizationResources';
export type TopLevelField = 'name' | 'location' | 'tags' | 'identity' | 'kind' | 'sku';

export interface FamilyContext {
  /** Jobs that started before this instant are not read (ARG keeps 14 days of them). */
  jobsSince: Date;
  /** Role definition GUIDs whose assignments matter (BACKUP_ROLE_DEFINITIONS by default). */
  roleDefinitionIds: readonly string[];
}

export interface ResourceFamily {
  key: string;
  table: GraphTable;
  /** The lower-cased type ARG reports. */
  graphType: string;
  /** The type as ARM GET spells it. */
  armType: string;
  fields: readonly TopLevelField[];
  /** `properties` sub-paths to project (each a whole subtree), or 'all' for the full object. */
  properties: readonly string[] | 'all';
  filter?: { kql(ctx: FamilyContext): string; matches(doc: ArmResource, ctx: FamilyContext): boolean };
  /** Restores ARM's key spelling where Resource Graph changes it. */
  normaliseProperties?: (properties: Record<string, unknown>) => Record<string, unknown>;
  /** Role assignments above the subscriptions (management group, root) apply too (AZURE-FACTS.md §5.2). */
  authorizationScopeFilter?: 'AtScopeAboveAndBelow';
}

const AKS_DATASOURCE = 'Microsoft.ContainerService/managedClusters';

/** Built-in roles the backup rules look at (AZURE-FACTS.md §2.1-2.2), plus the broader Owner/Contributor. */
export const BACKUP_ROLE_DEFINITIONS: readonly string[] = [
  'acdd72a7-3385-48ef-bd42-f606fba81ae7', // Reader
  'b24988ac-6180-42a0-ab88-20f7382dd24c', // Contributor
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', // Owner
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe', // Storage Blob Data Contributor
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', // Storage Blob Data Reader
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', // Storage Blob Data Owner
  '17d1049b-9a84-46fb-8f53-869881c3d3ab', // Storage Account Contributor
  '69566ab7-960f-475b-8e7c-b3118f30c6bd', // Storage File Data Privileged Contributor
  '7efff54f-a5b4-42b5-a1c5-5411624893ce', // Disk Snapshot Contributor
  '959f8984-c045-4866-89c7-12bf9737be2e', // Data Operator for Managed Disks
  '5e467623-bb1f-42f4-a55d-6e525e11384b', // Backup Contributor
];

const roleGuidOf = (roleDefinitionId: unknown): string =>
  typeof roleDefinitionId === 'string' ? (roleDefinitionId.split('/').at(-1) ?? '').toLowerCase() : '';

/** Extension property names per EXTSPEC (kubernetesconfiguration 2025-03-01 `Extension`). */
const EXTENSION_KEYS = [
  'extensionType',
  'autoUpgradeMode',
  'autoUpgradeMinorVersion',
  'releaseTrain',
  'version',
  'scope',
  'configurationSettings',
  'configurationProtectedSettings',
  'currentVersion',
  'provisioningState',
  'statuses',
  'errorInfo',
  'customLocationSettings',
  'packageUri',
  'aksAssignedIdentity',
  'isSystemExtension',
  'managementDetails',
  'additionalDetails',
  'extensionState',
];
const EXTENSION_KEY_BY_LOWER = new Map(EXTENSION_KEYS.map((key) => [key.toLowerCase(), key]));

/**
 * Resource Graph may show extension property keys in PascalCase (`properties.ExtensionType`,
 * AZURE-FACTS.md §5.2): map the known top-level keys back to ARM's camelCase; user data such as
 * configurationSettings keeps its keys.
 */
export function normaliseExtensionProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      EXTENSION_KEY_BY_LOWER.get(key.toLowerCase()) ?? key,
      value,
    ]),
  );
}

export const RESOURCE_FAMILIES: readonly ResourceFamily[] = [
  {
    key: 'managedClusters',
    table: 'Resources',
    graphType: 'microsoft.containerservice/managedclusters',
    armType: 'Microsoft.ContainerService/managedClusters',
    fields: ['name', 'location', 'tags', 'identity', 'sku'],
    properties: [
      'provisioningState',
      'powerState',
      'kubernetesVersion',
      'currentKubernetesVersion',
      'nodeResourceGroup',
      'servicePrincipalProfile.clientId',
      'storageProfile',
      'agentPoolProfiles',
      'networkProfile',
      'bootstrapProfile',
    ],
  },
  {
    key: 'backupVaults',
    table: 'Resources',
    graphType: 'microsoft.dataprotection/backupvaults',
    armType: 'Microsoft.DataProtection/backupVaults',
    fields: ['name', 'location', 'tags', 'identity'],
    properties: [
      'provisioningState',
      'storageSettings',
      'securitySettings',
      'featureSettings',
      'isVaultProtectedByResourceGuard',
    ],
  },
  {
    key: 'backupPolicies',
    table: 'RecoveryServicesResources',
    graphType: 'microsoft.dataprotection/backupvaults/backuppolicies',
    armType: 'Microsoft.DataProtection/backupVaults/backupPolicies',
    fields: ['name'],
    properties: ['objectType', 'datasourceTypes', 'policyRules'],
    filter: {
      kql: () => `tostring(properties.datasourceTypes[0]) =~ ${kqlString(AKS_DATASOURCE)}`,
      matches: (doc) => {
        const types = (doc.properties as { datasourceTypes?: unknown } | undefined)?.datasourceTypes;
        return Array.isArray(types) && String(types[0] ?? '').toLowerCase() === AKS_DATASOURCE.toLowerCase();
      },
    },
  },
  {
    key: 'backupInstances',
    table: 'RecoveryServicesResources',
    graphType: 'microsoft.dataprotection/backupvaults/backupinstances',
    armType: 'Microsoft.DataProtection/backupVaults/backupInstances',
    fields: ['name', 'tags'],
    properties: [
      'objectType',
      'friendlyName',
      'dataSourceInfo',
      'dataSourceSetInfo',
      'policyInfo',
      'protectionStatus',
      'currentProtectionState',
      'protectionErrorDetails',
      'provisioningState',
      'identityDetails',
      'validationType',
    ],
    filter: {
      kql: () => `tostring(properties.dataSourceInfo.datasourceType) =~ ${kqlString(AKS_DATASOURCE)}`,
      matches: (doc) =>
        String(
          (doc.properties as { dataSourceInfo?: { datasourceType?: unknown } } | undefined)?.dataSourceInfo
            ?.datasourceType ?? '',
        ).toLowerCase() === AKS_DATASOURCE.toLowerCase(),
    },
  },
  {
    key: 'backupJobs',
    table: 'RecoveryServicesResources',
    graphType: 'microsoft.dataprotection/backupvaults/backupjobs',
    armType: 'Microsoft.DataProtection/backupVaults/backupJobs',
    fields: ['name'],
    // Every field the spec requires (AzureBackupJob, SPEC) plus what the rules read, so a projected job
    // is still a valid job document.
    properties: [
      'activityID',
      'backupInstanceFriendlyName',
      'backupInstanceId',
      'dataSourceId',
      'dataSourceLocation',
      'dataSourceName',
      'dataSourceSetName',
      'dataSourceType',
      'duration',
      'endTime',
      'errorDetails',
      'isUserTriggered',
      'operation',
      'operationCategory',
      'policyId',
      'policyName',
      'progressEnabled',
      'sourceResourceGroup',
      'sourceSubscriptionID',
      'startTime',
      'status',
      'subscriptionId',
      'supportedActions',
      'vaultName',
    ],
    filter: {
      kql: (ctx) =>
        `tostring(properties.dataSourceType) =~ ${kqlString(AKS_DATASOURCE)} and todatetime(properties.startTime) >= ${kqlDatetime(ctx.jobsSince)}`,
      matches: (doc, ctx) => {
        const p = (doc.properties ?? {}) as { dataSourceType?: unknown; startTime?: unknown };
        const started = typeof p.startTime === 'string' ? Date.parse(p.startTime) : Number.NaN;
        return (
          String(p.dataSourceType ?? '').toLowerCase() === AKS_DATASOURCE.toLowerCase() &&
          !Number.isNaN(started) &&
          started >= ctx.jobsSince.getTime()
        );
      },
    },
  },
  {
    key: 'extensions',
    table: 'KubernetesConfigurationResources',
    graphType: 'microsoft.kubernetesconfiguration/extensions',
    armType: 'Microsoft.KubernetesConfiguration/extensions',
    fields: ['name'],
    properties: 'all',
    normaliseProperties: normaliseExtensionProperties,
  },
  {
    key: 'roleAssignments',
    table: 'AuthorizationResources',
    graphType: 'microsoft.authorization/roleassignments',
    armType: 'Microsoft.Authorization/roleAssignments',
    fields: ['name'],
    properties: ['roleDefinitionId', 'principalId', 'principalType', 'scope'],
    authorizationScopeFilter: 'AtScopeAboveAndBelow',
    filter: {
      kql: (ctx) =>
        ctx.roleDefinitionIds
          .map((guid) => `tostring(properties.roleDefinitionId) endswith ${kqlString(`/${guid}`)}`)
          .join(' or '),
      matches: (doc, ctx) =>
        ctx.roleDefinitionIds.includes(
          roleGuidOf((doc.properties as { roleDefinitionId?: unknown } | undefined)?.roleDefinitionId),
        ),
    },
  },
  {
    key: 'storageAccounts',
    table: 'Resources',
    graphType: 'microsoft.storage/storageaccounts',
    armType: 'Microsoft.Storage/storageAccounts',
    fields: ['name', 'location', 'tags', 'kind', 'sku'],
    properties: [
      'provisioningState',
      'primaryEndpoints',
      'networkAcls',
      'publicNetworkAccess',
      'allowCrossTenantReplication',
      'allowSharedKeyAccess',
    ],
  },
];

const POLICY_GRAPH_TYPE = 'microsoft.dataprotection/backupvaults/backuppolicies';
const INSTANCE_GRAPH_TYPE = 'microsoft.dataprotection/backupvaults/backupinstances';
/**
 * The vault's id in a lower-cased policy or instance id. A constant without quotes or backslashes, so it is
 * written into the query as it is (kqlString takes only the characters of ids and names).
 */
const VAULT_OF_CHILD = '^(.+/providers/microsoft.dataprotection/backupvaults/[^/]+)/';

/**
 * Backup policies and instances per vault, of every workload (AKSB016's limits count them all, while the
 * families above read only AKS's): one row per vault, named `id` (the lower-cased vault id) so Resource
 * Graph pages it, however many documents the vaults hold.
 */
export const VAULT_COUNTS_QUERY = [
  'RecoveryServicesResources',
  `| where type in~ (${kqlString(POLICY_GRAPH_TYPE)}, ${kqlString(INSTANCE_GRAPH_TYPE)})`,
  `| summarize policies = countif(type =~ ${kqlString(POLICY_GRAPH_TYPE)}), instances = countif(type =~ ${kqlString(INSTANCE_GRAPH_TYPE)}) by id = extract('${VAULT_OF_CHILD}', 1, tolower(id))`,
  '| order by id asc',
].join('\n');

/** Folds the query's rows into counts by lower-cased vault id; rows of no vault are dropped. */
export function vaultCountsFromRows(
  rows: readonly Record<string, unknown>[],
  into: VaultCounts = {},
): VaultCounts {
  for (const row of rows) {
    const id = typeof row.id === 'string' ? row.id : '';
    if (id === '') continue;
    const policies = Number(row.policies ?? 0);
    const instances = Number(row.instances ?? 0);
    const seen = into[id];
    // A vault is in one subscription, but management-group scopes may overlap: the same vault, the same counts.
    into[id] = {
      policies: Math.max(seen?.policies ?? 0, policies),
      instances: Math.max(seen?.instances ?? 0, instances),
    };
  }
  return into;
}

/** What the counts query returns for these documents: the snapshot-file side of VAULT_COUNTS_QUERY. */
export function vaultCountsOfDocuments(resources: readonly ArmResource[]): VaultCounts {
  const counts: VaultCounts = {};
  const pattern = new RegExp(VAULT_OF_CHILD);
  for (const doc of resources) {
    const type = doc.type.toLowerCase();
    if (type !== POLICY_GRAPH_TYPE && type !== INSTANCE_GRAPH_TYPE) continue;
    const vault = pattern.exec(doc.id.toLowerCase())?.[1];
    if (vault === undefined) continue;
    const entry = (counts[vault] ??= { policies: 0, instances: 0 });
    if (type === POLICY_GRAPH_TYPE) entry.policies++;
    else entry.instances++;
  }
  return counts;
}

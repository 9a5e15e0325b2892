import type { BackupSettings, DesiredPolicy, DesiredStorage } from '../config/model.js';
import { BACKUP_EXTENSION_TYPE, TRUSTED_ACCESS_ROLE } from './names.js';

/**
 * The request bodies the plan proposes, in the shapes the official specs and Microsoft's own tools use.
 * Plain data: apply sends them as they are, and a reviewer can read them in the saved plan.
 */

/**
 * Marks the backup instances this tool creates (BackupInstanceResource has `tags`, SPEC). Only instances
 * carrying it are ever candidates for `prune`: the tool never deletes what it did not create.
 */
export const MANAGED_TAG = { 'managed-by': 'aks-backup-guard' } as const;

const OPERATIONAL = { dataStoreType: 'OperationalStore', objectType: 'DataStoreInfoBase' };
const VAULT = { dataStoreType: 'VaultStore', objectType: 'DataStoreInfoBase' };
/** Any fixed past date works as the anchor; only the time of day matters for a repeating interval. */
const SCHEDULE_ANCHOR = '2024-01-01';

/** `R/2024-01-01T02:00:00+00:00/PT4H`: always with a start, because `R/PT4H` is refused (AZURE-FACTS.md §4.5). */
export function repeatingInterval(policy: DesiredPolicy): string {
  return `R/${SCHEDULE_ANCHOR}T${policy.schedule.at}:00+00:00/${policy.schedule.every.iso}`;
}

/**
 * A backup policy for AKS, after the az CLI's default template (CLI-MAN, AZURE-FACTS.md §4.5): one
 * AzureBackupRule on the operational store, a Default retention rule, and, when the policy keeps a vault
 * copy, the Daily tag (FirstOfDay) whose retention copies to the vault store at once.
 */
export function policyBody(policy: DesiredPolicy): unknown {
  const hourly = policy.schedule.every.seconds < 86400;
  const vault = policy.retention.vault;
  const taggingCriteria: unknown[] = [
    { tagInfo: { tagName: 'Default', id: 'Default_' }, taggingPriority: 99, isDefault: true },
  ];
  const policyRules: unknown[] = [
    {
      name: hourly ? 'BackupHourly' : 'BackupDaily',
      objectType: 'AzureBackupRule',
      backupParameters: { objectType: 'AzureBackupParams', backupType: 'Incremental' },
      dataStore: OPERATIONAL,
      trigger: {
        objectType: 'ScheduleBasedTriggerContext',
        schedule: { repeatingTimeIntervals: [repeatingInterval(policy)], timeZone: policy.schedule.timeZone },
        taggingCriteria,
      },
    },
    {
      name: 'Default',
      objectType: 'AzureRetentionRule',
      isDefault: true,
      lifecycles: [
        {
          deleteAfter: { objectType: 'AbsoluteDeleteOption', duration: policy.retention.operational.iso },
          sourceDataStore: OPERATIONAL,
          targetDataStoreCopySettings: [],
        },
      ],
    },
  ];
  if (vault) {
    taggingCriteria.unshift({
      tagInfo: { tagName: 'Daily', id: 'Daily_' },
      taggingPriority: 25,
      isDefault: false,
      criteria: [{ objectType: 'ScheduleBasedBackupCriteria', absoluteCriteria: ['FirstOfDay'] }],
    });
    policyRules.push({
      name: 'Daily',
      objectType: 'AzureRetentionRule',
      isDefault: false,
      lifecycles: [
        {
          deleteAfter: { objectType: 'AbsoluteDeleteOption', duration: policy.retention.operational.iso },
          sourceDataStore: OPERATIONAL,
          targetDataStoreCopySettings: [
            { dataStore: VAULT, copyAfter: { objectType: 'ImmediateCopyOption' } },
          ],
        },
        {
          deleteAfter: { objectType: 'AbsoluteDeleteOption', duration: vault.iso },
          sourceDataStore: VAULT,
          targetDataStoreCopySettings: [],
        },
      ],
    });
  }
  return {
    properties: {
      objectType: 'BackupPolicy',
      datasourceTypes: ['Microsoft.ContainerService/managedClusters'],
      policyRules,
    },
  };
}

export interface InstanceTarget {
  clusterId: string;
  clusterName: string;
  location?: string;
  policyId: string;
  snapshotResourceGroupId: string;
  backup: BackupSettings;
  friendlyName: string;
}

/**
 * A backup instance (PutBackupInstance_KubernetesClusterBackupDatasourceParameters.json). dataSourceSetInfo
 * is always sent (without it the instance sticks in ScenarioPluginInvalidWorkflowDataRequest, trap 3)
 * and both booleans are explicit (trap 11).
 */
export function instanceBody(target: InstanceTarget): unknown {
  const datasource = {
    datasourceType: 'Microsoft.ContainerService/managedClusters',
    resourceID: target.clusterId,
    resourceUri: target.clusterId,
    resourceName: target.clusterName,
    resourceType: 'Microsoft.ContainerService/managedClusters',
    ...(target.location ? { resourceLocation: target.location } : {}),
  };
  const backup = target.backup;
  return {
    tags: { ...MANAGED_TAG },
    properties: {
      objectType: 'BackupInstance',
      friendlyName: target.friendlyName,
      dataSourceInfo: { objectType: 'Datasource', ...datasource },
      dataSourceSetInfo: { objectType: 'DatasourceSet', ...datasource },
      policyInfo: {
        policyId: target.policyId,
        policyParameters: {
          backupDatasourceParametersList: [
            {
              objectType: 'KubernetesClusterBackupDatasourceParameters',
              snapshotVolumes: backup.snapshotVolumes,
              includeClusterScopeResources: backup.includeClusterScopeResources,
              ...(backup.includedNamespaces ? { includedNamespaces: [...backup.includedNamespaces] } : {}),
              excludedNamespaces: [...backup.excludedNamespaces],
              includedResourceTypes: [...backup.includedResourceTypes],
              excludedResourceTypes: [...backup.excludedResourceTypes],
              labelSelectors: [...backup.labelSelectors],
              includedVolumeTypes: [...backup.includedVolumeTypes],
            },
          ],
          dataStoreParametersList: [
            {
              objectType: 'AzureOperationalStoreParameters',
              dataStoreType: 'OperationalStore',
              resourceGroupId: target.snapshotResourceGroupId,
            },
          ],
        },
      },
    },
  };
}

/** The settings this tool owns on the extension; keys the service adds itself are left alone (TF drift). */
export function extensionSettings(storage: DesiredStorage, blobEndpoint?: string): Record<string, string> {
  return {
    'configuration.backupStorageLocation.bucket': storage.container,
    'configuration.backupStorageLocation.config.storageAccount': storage.account.name,
    'configuration.backupStorageLocation.config.resourceGroup': storage.account.resourceGroup,
    'configuration.backupStorageLocation.config.subscriptionId': storage.account.subscriptionId,
    'configuration.backupStorageLocation.config.useAAD': 'true',
    ...(blobEndpoint ? { 'configuration.backupStorageLocation.config.storageAccountURI': blobEndpoint } : {}),
  };
}

/** What an existing extension was installed with, kept when it is sent again. */
export interface InstalledExtension {
  extensionType?: string;
  releaseTrain?: string;
  version?: string;
  autoUpgradeMinorVersion?: boolean;
}

/**
 * No `identity` for managed clusters: AKS assigns one (K8SEXT, AZURE-FACTS.md §3). Re-sending an
 * installed extension keeps its type spelling, release train, upgrade mode and version pin (a pin is
 * only valid with autoUpgradeMinorVersion false, EXTSPEC).
 */
export function extensionBody(settings: Record<string, string>, installed: InstalledExtension = {}): unknown {
  const autoUpgrade = installed.autoUpgradeMinorVersion ?? true;
  return {
    properties: {
      extensionType: installed.extensionType ?? BACKUP_EXTENSION_TYPE,
      autoUpgradeMinorVersion: autoUpgrade,
      ...(!autoUpgrade && installed.version !== undefined ? { version: installed.version } : {}),
      releaseTrain: installed.releaseTrain ?? 'stable',
      scope: { cluster: { releaseNamespace: 'dataprotection-microsoft' } },
      configurationSettings: settings,
    },
  };
}

export function trustedAccessBody(vaultId: string): unknown {
  return { properties: { sourceResourceId: vaultId, roles: [TRUSTED_ACCESS_ROLE] } };
}

/** principalType avoids failures for principals not yet replicated (AZURE-FACTS.md §2.2). */
export function roleAssignmentBody(subscriptionId: string, roleGuid: string, principalId: string): unknown {
  return {
    properties: {
      roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`,
      principalId,
      principalType: 'ServicePrincipal',
    },
  };
}

import { idKey, normaliseId, parentKey } from '../arm-id.js';
import type { BackupInstanceView, ErrorSummary, InstanceBackupSettings } from '../model.js';
import {
  asBoolean,
  asErrorSummary,
  asStringMap,
  asStrings,
  field,
  path,
  stringAt,
  type JsonObject,
} from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, objectsOf, propertiesOf } from './base.js';

/**
 * A backup instance (BackupInstanceResource; AZURE-FACTS.md §4.6). Its id has two forms: under the vault
 * (`{vault}/backupInstances/{name}`) or, when listed through the cluster, under the datasource
 * (`{cluster}/providers/Microsoft.DataProtection/backupInstances/{name}`, ListBackupInstancesExtensionRouting.json);
 * the second carries no vault, which then comes from the policy id.
 */
export function backupInstanceView(raw: ArmResource): BackupInstanceView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const source = field(properties, 'dataSourceInfo') ?? field(properties, 'dataSourceSetInfo');
  const clusterId =
    datasourceId(field(properties, 'dataSourceInfo')) ?? datasourceId(field(properties, 'dataSourceSetInfo'));
  const datasourceType = stringAt(source, 'datasourceType') ?? stringAt(source, 'resourceType');
  const policyId = stringAt(properties, 'policyInfo', 'policyId');
  const policyKey = policyId === undefined ? undefined : idKey(policyId);
  const parameters = path(properties, 'policyInfo', 'policyParameters');
  const snapshotResourceGroupId = operationalStoreResourceGroup(field(parameters, 'dataStoreParametersList'));
  const kubernetesParameters = objectsOf(field(parameters, 'backupDatasourceParametersList')).find(
    (item) => stringAt(item, 'objectType')?.toLowerCase() === 'kubernetesclusterbackupdatasourceparameters',
  );
  const clusterKey = clusterId === undefined ? undefined : idKey(clusterId);
  const identityDetails = field(properties, 'identityDetails');
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    tags: asStringMap(field(raw, 'tags')),
    vaultKey:
      vaultKeyOf(base.key) ?? (policyKey === undefined ? undefined : parentKey(policyKey, 'backuppolicies')),
    clusterId,
    clusterKey,
    datasourceType,
    isKubernetes:
      (datasourceType?.toLowerCase().endsWith('/managedclusters') ?? false) ||
      (clusterKey?.includes('/providers/microsoft.containerservice/managedclusters/') ?? false),
    datasourceLocation: stringAt(source, 'resourceLocation'),
    friendlyName: stringAt(properties, 'friendlyName'),
    policyId,
    policyKey,
    snapshotResourceGroupId,
    snapshotResourceGroupKey:
      snapshotResourceGroupId === undefined ? undefined : idKey(snapshotResourceGroupId),
    backup: backupSettings(kubernetesParameters),
    protectionState: stringAt(properties, 'currentProtectionState'),
    protectionStatus: stringAt(properties, 'protectionStatus', 'status'),
    provisioningState: stringAt(properties, 'provisioningState'),
    errors: distinctErrors([
      field(properties, 'protectionErrorDetails'),
      path(properties, 'protectionStatus', 'errorDetails'),
    ]),
    usesSystemAssignedIdentity: asBoolean(field(identityDetails, 'useSystemAssignedIdentity')) ?? true,
    userAssignedIdentityId: stringAt(identityDetails, 'userAssignedIdentityArmUrl'),
  };
}

/** The service often repeats one error in both places; it is listed once. */
function distinctErrors(candidates: unknown[]): ErrorSummary[] {
  const seen = new Set<string>();
  const errors: ErrorSummary[] = [];
  for (const error of candidates.map(asErrorSummary)) {
    if (error === undefined) continue;
    const key = `${error.code ?? ''}\n${error.message ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}

/** `resourceID` (capital ID, §4.10.4), tolerating `resourceId` and a missing leading `/`. */
function datasourceId(info: unknown): string | undefined {
  const id = stringAt(info, 'resourceID') ?? stringAt(info, 'resourceUri');
  return id === undefined ? undefined : normaliseId(id);
}

/** The vault part of a vault-form id; undefined for the cluster-routed form. */
function vaultKeyOf(instanceKey: string): string | undefined {
  const parent = parentKey(instanceKey, 'backupinstances');
  if (parent === undefined) return undefined;
  // `…/backupvaults/{name}`: the segment before the last is `backupvaults`.
  const last = parent.lastIndexOf('/');
  const before = parent.lastIndexOf('/', last - 1);
  return last - before - 1 === 'backupvaults'.length && parent.startsWith('backupvaults', before + 1)
    ? parent
    : undefined;
}

/** The OperationalStore entry's `resourceGroupId`: where disk snapshots go. */
function operationalStoreResourceGroup(list: unknown): string | undefined {
  const stores = objectsOf(list);
  const operational =
    stores.find((store) => stringAt(store, 'dataStoreType')?.toLowerCase() === 'operationalstore') ??
    stores.find((store) => stringAt(store, 'resourceGroupId') !== undefined);
  const id = stringAt(operational, 'resourceGroupId');
  return id === undefined ? undefined : normaliseId(id);
}

/** GET returns unset lists as null: null, [] and absent are the same here (§4.6). */
function backupSettings(parameters: JsonObject | undefined): InstanceBackupSettings {
  const included = asStrings(field(parameters, 'includedNamespaces'));
  return {
    includedNamespaces: included.length > 0 ? included : undefined,
    excludedNamespaces: asStrings(field(parameters, 'excludedNamespaces')),
    includedResourceTypes: asStrings(field(parameters, 'includedResourceTypes')),
    excludedResourceTypes: asStrings(field(parameters, 'excludedResourceTypes')),
    labelSelectors: asStrings(field(parameters, 'labelSelectors')),
    includedVolumeTypes: asStrings(field(parameters, 'includedVolumeTypes')),
    snapshotVolumes: asBoolean(field(parameters, 'snapshotVolumes')),
    includeClusterScopeResources: asBoolean(field(parameters, 'includeClusterScopeResources')),
    backupHookReferences: objectsOf(field(parameters, 'backupHookReferences')).map((hook) => ({
      name: stringAt(hook, 'name'),
      namespace: stringAt(hook, 'namespace'),
    })),
  };
}

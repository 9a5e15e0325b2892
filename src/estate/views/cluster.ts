import { idParts, locationKey } from '../arm-id.js';
import type { AgentPoolView, ClusterView } from '../model.js';
import { asBoolean, asString, asStringMap, field, path, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, identityView, objectsOf, propertiesOf } from './base.js';

/** A managed cluster (AKSSPEC ManagedCluster; paths as in AZURE-FACTS.md §5.2). */
export function clusterView(raw: ArmResource): ClusterView {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const identity = identityView(raw);
  const storage = field(properties, 'storageProfile');
  const location = asString(field(raw, 'location'));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === undefined ? undefined : locationKey(location),
    tags: asStringMap(field(raw, 'tags')),
    powerState: stringAt(properties, 'powerState', 'code'),
    provisioningState: stringAt(properties, 'provisioningState'),
    kubernetesVersion:
      stringAt(properties, 'currentKubernetesVersion') ?? stringAt(properties, 'kubernetesVersion'),
    identity,
    principalId: identity.principalId ?? identity.userAssignedPrincipalIds[0],
    servicePrincipalClientId: stringAt(properties, 'servicePrincipalProfile', 'clientId'),
    diskCsiDriverEnabled: enabledByDefault(path(storage, 'diskCSIDriver', 'enabled')),
    snapshotControllerEnabled: enabledByDefault(path(storage, 'snapshotController', 'enabled')),
    fileCsiDriverEnabled: enabledByDefault(path(storage, 'fileCSIDriver', 'enabled')),
    agentPools: objectsOf(field(properties, 'agentPoolProfiles')).map(agentPoolView),
    nodeResourceGroup: stringAt(properties, 'nodeResourceGroup'),
    supportPlan: stringAt(properties, 'supportPlan'),
  };
}

/** The AKS spec documents `enabled` defaulting to true for the CSI drivers and snapshot controller. */
function enabledByDefault(value: unknown): boolean {
  return asBoolean(value) ?? true;
}

function agentPoolView(pool: unknown): AgentPoolView {
  return {
    name: stringAt(pool, 'name'),
    osType: stringAt(pool, 'osType'),
    osSku: stringAt(pool, 'osSKU'),
    mode: stringAt(pool, 'mode'),
    vmSize: stringAt(pool, 'vmSize'),
  };
}

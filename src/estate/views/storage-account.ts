import { idParts, locationKey } from '../arm-id.js';
import type { StorageAccountView } from '../model.js';
import { asBoolean, asString, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, propertiesOf } from './base.js';

/** A storage account: the extension's backup location must be GPv2 in the cluster's region (SM26). */
export function storageAccountView(raw: ArmResource): StorageAccountView {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const location = asString(field(raw, 'location'));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === undefined ? undefined : locationKey(location),
    kind: stringAt(raw, 'kind'),
    skuName: stringAt(raw, 'sku', 'name'),
    skuTier: stringAt(raw, 'sku', 'tier'),
    blobEndpoint: stringAt(properties, 'primaryEndpoints', 'blob'),
    publicNetworkAccess: stringAt(properties, 'publicNetworkAccess'),
    allowCrossTenantReplication: asBoolean(field(properties, 'allowCrossTenantReplication')),
  };
}

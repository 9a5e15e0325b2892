import { idParts, locationKey } from '../arm-id.js';
import type { VaultView } from '../model.js';
import { asNumber, asString, asStringMap, field, path, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, identityView, objectsOf, propertiesOf } from './base.js';

/** A Backup vault (BackupVaultResource; AZURE-FACTS.md §4.4). */
export function vaultView(raw: ArmResource): VaultView {
  const base = baseView(raw);
  const parts = idParts(base.id);
  const properties = propertiesOf(raw);
  const identity = identityView(raw);
  const security = field(properties, 'securitySettings');
  const location = asString(field(raw, 'location'));
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    subscriptionId: parts.subscriptionId,
    resourceGroup: parts.resourceGroup,
    location: location === undefined ? undefined : locationKey(location),
    tags: asStringMap(field(raw, 'tags')),
    identity,
    principalId: identity.principalId,
    provisioningState: stringAt(properties, 'provisioningState'),
    softDeleteState: stringAt(security, 'softDeleteSettings', 'state'),
    softDeleteRetentionDays: asNumber(path(security, 'softDeleteSettings', 'retentionDurationInDays')),
    immutabilityState: stringAt(security, 'immutabilitySettings', 'state'),
    storageSettings: objectsOf(field(properties, 'storageSettings')).map((setting) => ({
      datastoreType: stringAt(setting, 'datastoreType'),
      type: stringAt(setting, 'type'),
    })),
    crossRegionRestoreState: stringAt(properties, 'featureSettings', 'crossRegionRestoreSettings', 'state'),
    crossSubscriptionRestoreState: stringAt(
      properties,
      'featureSettings',
      'crossSubscriptionRestoreSettings',
      'state',
    ),
  };
}

import { parentKey } from '../arm-id.js';
import type { RecoveryPointView } from '../model.js';
import { asArray, asString, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { sharedList, sharedString } from '../shared-values.js';
import { parseInstant } from '../time.js';
import { baseView, propertiesOf } from './base.js';

/**
 * A recovery point (AzureBackupDiscreteRecoveryPoint; AZURE-FACTS.md §4.9). Its instance is the id's
 * parent; the example's type is spelled `microsoft.dataprotection/backupvaults/backupInstances/recoveryPoints`
 * (GetRecoveryPoint.json), so the type is only ever compared lower-cased.
 */
export function recoveryPointView(raw: ArmResource): RecoveryPointView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const time = stringAt(properties, 'recoveryPointTime');
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    instanceKey: parentKey(base.key, 'recoverypoints'),
    // The name is the recovery point id (§4.9); restore requests carry it.
    recoveryPointId: asString(field(properties, 'recoveryPointId')) ?? base.name,
    time,
    timeMs: parseInstant(time),
    state: sharedString(stringAt(properties, 'recoveryPointState')),
    type: sharedString(stringAt(properties, 'recoveryPointType')),
    policyName: sharedString(stringAt(properties, 'policyName')),
    retentionTagName: sharedString(stringAt(properties, 'retentionTagName')),
    expiryTime: stringAt(properties, 'expiryTime'),
    dataStoreTypes: dataStoreTypes(field(properties, 'recoveryPointDataStoresDetails')),
  };
}

/** `recoveryPointDataStoresDetails[].type`, in one pass (34,000 points at 10,000 clusters). */
function dataStoreTypes(details: unknown): readonly string[] {
  const types: string[] = [];
  for (const item of asArray(details)) {
    const type = stringAt(item, 'type');
    if (type !== undefined) types.push(type);
  }
  return sharedList(types);
}

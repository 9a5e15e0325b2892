import { idKey, lastSegment, normaliseId } from '../arm-id.js';
import { asArray, asObject, asString, field, stringAt, type JsonObject } from '../read-fields.js';
import type { ManagedIdentityView, ResourceView } from '../model.js';
import type { ArmResource } from '../snapshot.js';

/** id, key and name: what every view has. The name falls back to the id's last segment. */
export function baseView(raw: ArmResource): ResourceView {
  const id = normaliseId(raw.id);
  return { id, key: idKey(id), name: asString(raw.name) ?? lastSegment(id) };
}

/** `properties`, or an empty object when it is missing or not an object (never throws on odd documents). */
export function propertiesOf(raw: ArmResource): JsonObject {
  return asObject(field(raw, 'properties')) ?? {};
}

/**
 * A managed identity block (clusters: ManagedClusterIdentity; vaults: DppIdentityDetails). The
 * user-assigned map is keyed by identity id with `{principalId, clientId}` values.
 */
export function identityView(raw: ArmResource): ManagedIdentityView {
  const identity = field(raw, 'identity');
  const userAssigned = asObject(field(identity, 'userAssignedIdentities')) ?? {};
  const userAssignedPrincipalIds = Object.values(userAssigned)
    .map((value) => stringAt(value, 'principalId'))
    .filter((id): id is string => id !== undefined);
  return {
    type: stringAt(identity, 'type'),
    principalId: stringAt(identity, 'principalId'),
    tenantId: stringAt(identity, 'tenantId'),
    userAssignedPrincipalIds,
  };
}

/** Objects of a list, skipping anything else. */
export function objectsOf(value: unknown): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const item of asArray(value)) {
    const object = asObject(item);
    if (object !== undefined) objects.push(object);
  }
  return objects;
}

import { idKey, lastSegment, normaliseId, parentKey } from '../arm-id.js';
import type { RoleAssignmentView } from '../model.js';
import { stringAt } from '../read-fields.js';
import { sharedString } from '../shared-values.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, propertiesOf } from './base.js';

/**
 * A role assignment (Microsoft.Authorization 2022-04-01; AZURE-FACTS.md §2.2). The role is named by the
 * GUID at the end of `roleDefinitionId`, which is subscription-scoped in one document
 * (`/subscriptions/{s}/providers/Microsoft.Authorization/roleDefinitions/{guid}`) and tenant-scoped in
 * another (`/providers/…/roleDefinitions/{guid}`), so only the GUID is comparable.
 */
export function roleAssignmentView(raw: ArmResource): RoleAssignmentView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const scope = stringAt(properties, 'scope') ?? scopeFromId(base.key, base.id);
  const roleDefinitionId = sharedString(stringAt(properties, 'roleDefinitionId'));
  const principalId = stringAt(properties, 'principalId');
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    scope: scope === undefined ? undefined : normaliseId(scope),
    scopeKey: scope === undefined ? undefined : idKey(scope),
    roleDefinitionId,
    roleDefinitionGuid:
      roleDefinitionId === undefined ? undefined : sharedString(lastSegment(roleDefinitionId).toLowerCase()),
    principalId,
    principalKey: principalId?.trim().toLowerCase(),
    principalType: sharedString(stringAt(properties, 'principalType')),
  };
}

/** `{scope}/providers/Microsoft.Authorization/roleAssignments/{guid}`; an assignment at `/` has an empty prefix. */
function scopeFromId(key: string, id: string): string | undefined {
  const marker = '/providers/microsoft.authorization/roleassignments/';
  if (key.startsWith(marker)) return '/';
  const parent = parentKey(key, 'providers/microsoft.authorization/roleassignments');
  return parent === undefined ? undefined : id.slice(0, parent.length);
}

import { idKey, normaliseId, parentKey } from '../arm-id.js';
import type { TrustedAccessBindingView } from '../model.js';
import { asStrings, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, propertiesOf } from './base.js';

/**
 * A trusted-access role binding (AKSSPEC; AZURE-FACTS.md §2.3). Not in Resource Graph: read per cluster
 * from ARM. Identity is its `sourceResourceId` (the vault), compared case-insensitively; names are
 * arbitrary (`tarb-<hex>` from the CLI, anything from Terraform) and must never be matched (trap 13).
 */
export function bindingView(raw: ArmResource): TrustedAccessBindingView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const source = stringAt(properties, 'sourceResourceId');
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    clusterKey: parentKey(base.key, 'trustedaccessrolebindings'),
    sourceResourceId: source === undefined ? undefined : normaliseId(source),
    sourceKey: source === undefined ? undefined : idKey(source),
    roles: asStrings(field(properties, 'roles')),
    provisioningState: stringAt(properties, 'provisioningState'),
  };
}

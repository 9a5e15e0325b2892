import { parentKey } from '../arm-id.js';
import type { ExtensionView } from '../model.js';
import { asBoolean, asStringMap, field, stringAt } from '../read-fields.js';
import type { ArmResource } from '../snapshot.js';
import { baseView, propertiesOf } from './base.js';

/** The Azure Backup extension's type; Terraform's docs write it `Microsoft.DataProtection.Kubernetes` (§3). */
export const BACKUP_EXTENSION_TYPE = 'microsoft.dataprotection.kubernetes';

/**
 * A cluster extension (Extension, EXTSPEC 2025-03-01). Resource Graph rows may spell the property names
 * in PascalCase (`properties.ExtensionType`, AZURE-FACTS.md §5.2); every read here matches names
 * case-insensitively, so both spellings give the same view.
 */
export function extensionView(raw: ArmResource): ExtensionView {
  const base = baseView(raw);
  const properties = propertiesOf(raw);
  const extensionType = stringAt(properties, 'extensionType');
  const extensionTypeKey = extensionType?.trim().toLowerCase();
  return {
    id: base.id,
    key: base.key,
    name: base.name,
    clusterKey: parentKey(base.key, 'providers/microsoft.kubernetesconfiguration/extensions'),
    extensionType,
    extensionTypeKey,
    isBackupExtension: extensionTypeKey === BACKUP_EXTENSION_TYPE,
    provisioningState: stringAt(properties, 'provisioningState'),
    principalId: stringAt(properties, 'aksAssignedIdentity', 'principalId'),
    configurationSettings: asStringMap(field(properties, 'configurationSettings')),
    releaseTrain: stringAt(properties, 'releaseTrain'),
    version: stringAt(properties, 'version'),
    currentVersion: stringAt(properties, 'currentVersion'),
    autoUpgradeMinorVersion: asBoolean(field(properties, 'autoUpgradeMinorVersion')),
  };
}

import { createHash } from 'node:crypto';

/**
 * Deterministic names, so a plan computed twice names the same resources and an apply interrupted
 * half-way is finished by the next run instead of creating duplicates.
 */

function digest(...parts: string[]): string {
  return createHash('sha256')
    .update(parts.map((p) => p.toLowerCase()).join('\u0000'))
    .digest('hex');
}

/** The extension name Microsoft's docs, CLI and built-in policy use (MAN26, CLI-AKS, POL). */
export const BACKUP_EXTENSION_NAME = 'azure-aks-backup';
export const BACKUP_EXTENSION_TYPE = 'microsoft.dataprotection.kubernetes';
/** Providers AKS backup needs registered in the cluster's subscription (BK25, AZURE-FACTS.md §1.5). */
export const REQUIRED_PROVIDERS = ['Microsoft.DataProtection', 'Microsoft.KubernetesConfiguration'] as const;
export const TRUSTED_ACCESS_ROLE = 'Microsoft.DataProtection/backupVaults/backup-operator';

/** Trusted-access binding names are 1-24 characters of [A-Za-z0-9_-] (AZURE-FACTS.md §2.3). */
export function trustedAccessBindingName(vaultId: string): string {
  return `aksbg-${digest(vaultId).slice(0, 16)}`;
}

/**
 * A backup instance name per cluster, vault, policy and snapshot group: a replacement (new policy or
 * snapshot group) gets a new name, because a deleted instance lingers soft-deleted under its old one.
 */
export function backupInstanceName(
  clusterName: string,
  clusterId: string,
  vaultId: string,
  policyName: string,
  snapshotGroupId: string,
): string {
  return `${clusterName.slice(0, 50)}-${digest(clusterId, vaultId, policyName, snapshotGroupId).slice(0, 8)}`;
}

/** Role assignment names are GUIDs; this one is a name-based (version 5 style) GUID of what it grants. */
export function roleAssignmentName(scope: string, roleDefinitionGuid: string, principal: string): string {
  const hex = digest(scope, roleDefinitionGuid, principal).slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

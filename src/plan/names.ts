import { hash } from 'node:crypto';

/**
 * Deterministic names, so a plan computed twice names the same resources and an apply interrupted
 * half-way is finished by the next run instead of creating duplicates.
 */

function digest(...parts: string[]): string {
  // One-shot: a plan names 40,000 role assignments, and a Hash object per name costs more than hashing.
  return hash('sha256', parts.map((p) => p.toLowerCase()).join('\u0000'), 'hex');
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
  const h = digest(scope, roleDefinitionGuid, principal);
  // Version 5 in the version nibble; the variant bits 10 in the next group's first nibble.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * What the emulated Data Protection service checks before it protects a cluster, for `validateForBackup`
 * and the backup-instance PUT alike: the policy, the cluster's backup extension, a trusted-access binding
 * for the vault, and the role assignments every source agrees on (AZURE-FACTS.md §2.1 "minimal" set plus
 * the extension's storage role of CON25) — each granted directly, inherited from a resource group or
 * subscription, or through a broader built-in role.
 *
 * Role propagation (AZURE-FACTS.md §2.4): a role assignment written through the emulator counts as not yet
 * effective for the first `propagationChecks` readiness checks that need it, so a client that validates
 * right after assigning sees the permission error first and success later, as
 * crossplane-contrib/provider-upjet-azure#876 describes. The missing-permission failure reuses that
 * issue's wording; its code, `UserErrorMissingRequiredPermissions`, is the emulator's choice (the issue
 * does not quote one), so clients must judge by message as well as code.
 */
import type { ArmResource } from '../../../src/estate/snapshot.js';
import type { EmulatorState } from '../state.js';
import type { OperationFailure } from './operations.js';

export const ROLE = {
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  storageAccountContributor: '17d1049b-9a84-46fb-8f53-869881c3d3ab',
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
} as const;

const ROLE_NAMES: Record<string, string> = {
  [ROLE.reader]: 'Reader',
  [ROLE.contributor]: 'Contributor',
  [ROLE.storageBlobDataContributor]: 'Storage Blob Data Contributor',
};

/** A role and the broader built-in roles that include its actions (RBAC built-in role definitions). */
const SATISFIED_BY: Record<string, readonly string[]> = {
  [ROLE.reader]: [ROLE.reader, ROLE.contributor, ROLE.owner],
  [ROLE.contributor]: [ROLE.contributor, ROLE.owner],
  [ROLE.storageBlobDataContributor]: [ROLE.storageBlobDataContributor, ROLE.storageBlobDataOwner],
};

export const BACKUP_EXTENSION_TYPE = 'microsoft.dataprotection.kubernetes';
export const TRUSTED_ACCESS_ROLE = 'microsoft.dataprotection/backupvaults/backup-operator';

export interface ReadinessOptions {
  /** Readiness checks a new role assignment fails before it counts (default 0: effective at once). */
  propagationChecks: number;
  /** Refuse clusters whose backup extension is not `Succeeded` (default false). */
  requireHealthyExtension: boolean;
}

/** Role assignments written through the emulator and how many more checks they stay invisible to. */
export class Propagation {
  private readonly pending = new Map<string, number>();

  constructor(private readonly checks: () => number) {}

  assigned(id: string): void {
    const checks = this.checks();
    if (checks > 0) this.pending.set(id.toLowerCase(), checks);
  }

  /** Whether an assignment counts now; each call for a pending one uses up one check. */
  effective(id: string): boolean {
    const key = id.toLowerCase();
    const left = this.pending.get(key);
    if (left === undefined) return true;
    if (left <= 1) this.pending.delete(key);
    else this.pending.set(key, left - 1);
    return false;
  }
}

interface InstanceProperties {
  dataSourceInfo?: { resourceID?: string };
  policyInfo?: {
    policyId?: string;
    policyParameters?: { dataStoreParametersList?: { resourceGroupId?: string }[] };
  };
}

const lower = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
const props = (doc: ArmResource | undefined): Record<string, unknown> =>
  (doc?.properties as Record<string, unknown> | undefined) ?? {};

/**
 * The first reason the vault cannot protect the instance described by `instance`, or undefined when it can.
 * `vaultId` is the vault of the request.
 */
export function readinessProblem(
  state: EmulatorState,
  vaultId: string,
  instance: InstanceProperties,
  propagation: Propagation,
  options: ReadinessOptions,
): OperationFailure | undefined {
  const clusterId = instance.dataSourceInfo?.resourceID ?? '';
  const cluster = state.get(clusterId.startsWith('/') ? clusterId : `/${clusterId}`);
  if (cluster === undefined) {
    return userError(
      'UserErrorDatasourceNotFound',
      `The datasource ${clusterId} was not found. Check the cluster id and retry.`,
    );
  }
  const policyId = instance.policyInfo?.policyId ?? '';
  if (!lower(policyId).startsWith(`${lower(vaultId)}/backuppolicies/`) || state.get(policyId) === undefined) {
    return userError(
      'UserErrorPolicyNotFound',
      `The backup policy ${policyId} does not exist in vault ${vaultId}.`,
    );
  }
  const extension = state
    .collection(`${cluster.id}/providers/Microsoft.KubernetesConfiguration/extensions`)
    .find((doc) => lower(props(doc).extensionType) === BACKUP_EXTENSION_TYPE);
  if (extension === undefined) {
    return userError(
      'UserErrorKubernetesBackupExtensionNotFound',
      'The Backup extension is not installed in the cluster. Install the extension and retry. For more information, refer to https://aka.ms/aksclusterbackup',
    );
  }
  // An extension still installing is never ready. A Failed one is refused only on request
  // (requireHealthyExtension): the emulator's default is to judge permissions, not pods.
  const extensionState = lower(props(extension).provisioningState);
  const installing = extensionState === 'creating' || extensionState === 'updating';
  if (installing || (options.requireHealthyExtension && extensionState !== 'succeeded')) {
    return userError(
      'UserErrorKubernetesBackupExtensionUnhealthy',
      'The Backup extension pods in the cluster are not in a healthy state. Check the extension and retry.',
    );
  }
  const binding = state
    .collection(`${cluster.id}/trustedAccessRoleBindings`)
    .find(
      (doc) =>
        lower(props(doc).sourceResourceId) === lower(vaultId) &&
        Array.isArray(props(doc).roles) &&
        (props(doc).roles as unknown[]).some((r) => lower(r) === TRUSTED_ACCESS_ROLE),
    );
  if (binding === undefined) {
    return userError(
      'UserErrorTrustedAccessRoleBindingMissing',
      `The vault ${vaultId} has no trusted access role binding (${TRUSTED_ACCESS_ROLE}) on cluster ${cluster.id}. Create one and retry.`,
    );
  }

  const vault = state.get(vaultId);
  const vaultPrincipal = lower((vault?.identity as { principalId?: string } | undefined)?.principalId);
  const clusterPrincipal = clusterPrincipalOf(cluster);
  const extensionPrincipal = lower(
    (props(extension).aksAssignedIdentity as { principalId?: string } | undefined)?.principalId,
  );
  const snapshotGroup =
    instance.policyInfo?.policyParameters?.dataStoreParametersList?.[0]?.resourceGroupId ?? '';
  const settings = (props(extension).configurationSettings ?? {}) as Record<string, string>;
  const account = `/subscriptions/${settings['configuration.backupStorageLocation.config.subscriptionId'] ?? ''}/resourceGroups/${settings['configuration.backupStorageLocation.config.resourceGroup'] ?? ''}/providers/Microsoft.Storage/storageAccounts/${settings['configuration.backupStorageLocation.config.storageAccount'] ?? ''}`;
  const usesAad = (settings['configuration.backupStorageLocation.config.useAAD'] ?? 'true') === 'true';

  const required: {
    principal: string;
    holder: string;
    role: string;
    accepted: readonly string[];
    scope: string;
  }[] = [
    {
      principal: vaultPrincipal,
      holder: 'Backup vault MSI',
      role: ROLE.reader,
      accepted: SATISFIED_BY[ROLE.reader]!,
      scope: cluster.id,
    },
    {
      principal: vaultPrincipal,
      holder: 'Backup vault MSI',
      role: ROLE.reader,
      accepted: SATISFIED_BY[ROLE.reader]!,
      scope: snapshotGroup,
    },
    {
      principal: clusterPrincipal,
      holder: 'cluster MSI',
      role: ROLE.contributor,
      accepted: SATISFIED_BY[ROLE.contributor]!,
      scope: snapshotGroup,
    },
    {
      principal: extensionPrincipal,
      holder: 'extension MSI',
      role: ROLE.storageBlobDataContributor,
      accepted: usesAad
        ? SATISFIED_BY[ROLE.storageBlobDataContributor]!
        : [
            ...SATISFIED_BY[ROLE.storageBlobDataContributor]!,
            ROLE.storageAccountContributor,
            ROLE.contributor,
            ROLE.owner,
          ],
      scope: account,
    },
  ];
  for (const need of required) {
    // Only this principal's assignments, from the state's index: one lookup, not a scan of the estate.
    const candidates = need.principal === '' ? [] : state.roleAssignmentsOf(need.principal);
    const wantedScope = lower(need.scope);
    const granting = candidates.filter((doc) => {
      const p = props(doc);
      const scope = lower(
        p.scope ?? doc.id.slice(0, doc.id.toLowerCase().indexOf('/providers/microsoft.authorization/')),
      );
      const role = lower(p.roleDefinitionId).split('/').at(-1) ?? '';
      return need.accepted.includes(role) && (wantedScope === scope || wantedScope.startsWith(`${scope}/`));
    });
    // Every matching assignment is checked, so each pending one uses up its checks.
    const effective = granting.map((doc) => propagation.effective(doc.id)).some(Boolean);
    if (!effective) {
      const role = ROLE_NAMES[need.role] ?? need.role;
      return userError(
        'UserErrorMissingRequiredPermissions',
        `The ${need.holder} (${need.principal || 'unknown principal'}) is missing the ${role} role on ${need.scope}. Please refer to the extension installation documentation to assign the required permissions. If permissions have already been assigned, please wait for some time before retrying since the role propagation can take a while. For more information, refer to https://aka.ms/aksclusterbackup`,
      );
    }
  }
  return undefined;
}

function clusterPrincipalOf(cluster: ArmResource): string {
  const identity = (cluster.identity ?? {}) as {
    principalId?: string;
    userAssignedIdentities?: Record<string, { principalId?: string }>;
  };
  if (identity.principalId) return identity.principalId.toLowerCase();
  const first = Object.values(identity.userAssignedIdentities ?? {})[0];
  return lower(first?.principalId);
}

function userError(code: string, message: string): OperationFailure {
  return { httpStatus: 400, code, message };
}

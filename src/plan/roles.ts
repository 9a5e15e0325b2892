import type { SupportMatrix } from '../rules/support-matrix.js';
import { matrixValue } from '../rules/support-matrix.js';
import type { Estate, RoleAssignmentView } from '../estate/model.js';
import { idKey } from '../estate/arm-id.js';
import type { ClusterBinding, PrincipalRef } from './model.js';

/** One line of `roles.recommended` / `roles.minimal` in policies/support-matrix.yaml. */
interface RoleRequirement {
  principal: 'vault' | 'cluster' | 'extension';
  role: string;
  scope: 'cluster' | 'snapshotResourceGroup' | 'storageAccount' | 'fileShareStorageAccounts';
  when?: 'vaultTier' | 'azureFiles';
  alternatives?: readonly { role: string; when?: string }[];
}

interface RoleDefinition {
  id: string;
  satisfiedBy?: readonly string[];
}

export interface RequiredAssignment {
  role: string;
  roleGuid: string;
  scope: string;
  principal: PrincipalRef;
  /** The principal kind, for plan reasons ("vault identity"). */
  holder: RoleRequirement['principal'];
  /**
   * The assignment that already grants it, at the scope or above, by this role or a broader one; absent
   * when nothing does.
   */
  grantedBy?: RoleAssignmentView;
}

/**
 * The role assignments AKS backup needs for one binding, from the support matrix's role sets
 * (AZURE-FACTS.md §2.1: 'recommended' follows the newest Microsoft docs, 'minimal' what every source
 * agrees on), each marked satisfied when the estate already grants it at the scope or above.
 * Requirements whose principal has no identity yet (a vault without a managed identity) cannot be planned
 * and are left to rule AKSB021 to report.
 */
export function requiredAssignments(
  binding: ClusterBinding,
  estate: Estate,
  matrix: SupportMatrix,
  roleSet: 'recommended' | 'minimal',
): RequiredAssignment[] {
  const desired = binding.desired;
  const vault = estate.vault(desired.vault.id.id);
  const extension = estate.backupExtension(binding.cluster ?? binding.clusterId);
  const scopes: Record<string, string | undefined> = {
    cluster: binding.clusterId,
    snapshotResourceGroup: desired.snapshotResourceGroup.id,
    storageAccount: desired.storage.account.id,
  };
  const principals: Record<RoleRequirement['principal'], PrincipalRef | undefined> = {
    vault: vault?.principalId ? { kind: 'known', principalId: vault.principalId } : undefined,
    cluster: binding.cluster?.principalId
      ? { kind: 'known', principalId: binding.cluster.principalId }
      : undefined,
    extension: extension?.principalId
      ? { kind: 'known', principalId: extension.principalId }
      : { kind: 'extension', clusterId: binding.clusterId },
  };
  const extensionUsesAad =
    (
      extension?.configurationSettings['configuration.backupStorageLocation.config.useAAD'] ?? 'true'
    ).toLowerCase() === 'true';

  const result: RequiredAssignment[] = [];
  for (const requirement of roleRequirements(matrix, roleSet)) {
    if (requirement.when === 'vaultTier' && !desired.policy.retention.vault) continue;
    const scope = scopes[requirement.scope];
    const principal = principals[requirement.principal];
    if (!scope || !principal) continue;
    const acceptedGuids = extensionUsesAad ? requirement.acceptedGuids : requirement.acceptedGuidsWithoutAad;
    const grantedBy =
      principal.kind === 'known' ? grantOf(estate, principal.principalId, scope, acceptedGuids) : undefined;
    const required: RequiredAssignment = {
      role: requirement.role,
      roleGuid: requirement.roleGuid,
      scope,
      principal,
      holder: requirement.principal,
    };
    if (grantedBy) required.grantedBy = grantedBy;
    result.push(required);
  }
  return result;
}

/** A requirement of the role set with what it takes worked out: the same for every binding. */
interface ResolvedRequirement extends RoleRequirement {
  roleGuid: string;
  /** GUIDs of the role and of every role that satisfies it. */
  acceptedGuids: ReadonlySet<string>;
  /** The same, with the roles accepted when the extension does not use Entra ID for storage. */
  acceptedGuidsWithoutAad: ReadonlySet<string>;
}

const resolvedByMatrix = new WeakMap<SupportMatrix, Map<string, readonly ResolvedRequirement[]>>();

/**
 * The role set's requirements that a plan can act on, resolved once per matrix: 10,000 bindings would
 * otherwise look the same definitions up 40,000 times.
 */
function roleRequirements(
  matrix: SupportMatrix,
  roleSet: 'recommended' | 'minimal',
): readonly ResolvedRequirement[] {
  let bySet = resolvedByMatrix.get(matrix);
  if (!bySet) resolvedByMatrix.set(matrix, (bySet = new Map()));
  const known = bySet.get(roleSet);
  if (known) return known;
  const requirements = matrixValue<RoleRequirement[]>(matrix, `roles.${roleSet}`) ?? [];
  const definitions = matrixValue<Record<string, RoleDefinition>>(matrix, 'roles.definitions') ?? {};
  const guidsOf = (names: Iterable<string>): Set<string> =>
    new Set([...names].map((name) => definitions[name]?.id.toLowerCase()).filter((g): g is string => !!g));
  const resolved: ResolvedRequirement[] = [];
  for (const requirement of requirements) {
    // Azure Files scopes are the shares' storage accounts, known only from a volume inventory.
    if (requirement.when === 'azureFiles' || requirement.scope === 'fileShareStorageAccounts') continue;
    const definition = definitions[requirement.role];
    if (!definition) continue;
    const accepted = [requirement.role, ...(definition.satisfiedBy ?? [])];
    const withoutAad = (requirement.alternatives ?? [])
      .filter((alternative) => alternative.when === 'extensionWithoutAad')
      .map((alternative) => alternative.role);
    resolved.push({
      ...requirement,
      roleGuid: definition.id.toLowerCase(),
      acceptedGuids: guidsOf(accepted),
      acceptedGuidsWithoutAad: guidsOf([...accepted, ...withoutAad]),
    });
  }
  bySet.set(roleSet, resolved);
  return resolved;
}

/**
 * The assignment that grants one of these roles at the scope itself or above it (its resource group or
 * subscription): the nearest scope first, and at one scope the first in the estate's order, so the same
 * estate always names the same assignment.
 */
function grantOf(
  estate: Estate,
  principalId: string,
  scope: string,
  roleGuids: ReadonlySet<string>,
): RoleAssignmentView | undefined {
  const ancestors = ancestorsOf(estate, scope);
  const assignments = estate.roleAssignmentsOfPrincipal(principalId);
  // A cluster's or an extension's identity holds a role or two: looking through them beats building
  // an index for each of 20,000 principals. A vault's identity holds roles on all its clusters.
  if (assignments.length <= FEW_ASSIGNMENTS) {
    for (const ancestor of ancestors) {
      const found = assignments.find(
        (a) =>
          a.scopeKey === ancestor &&
          a.roleDefinitionGuid !== undefined &&
          roleGuids.has(a.roleDefinitionGuid),
      );
      if (found) return found;
    }
    return undefined;
  }
  const grants = estate.roleAssignmentsOfPrincipalByScope(principalId);
  for (const ancestor of ancestors) {
    const found = grants
      .get(ancestor)
      ?.find((a) => a.roleDefinitionGuid !== undefined && roleGuids.has(a.roleDefinitionGuid));
    if (found) return found;
  }
  return undefined;
}

/**
 * Up to this many assignments, a principal's list is looked through rather than looked up by scope
 * (estate.roleAssignmentsOfPrincipalByScope): here, and by the rule subjects (subjects/from-estate.ts).
 */
export const FEW_ASSIGNMENTS = 8;

const ancestorsByEstate = new WeakMap<Estate, Map<string, readonly string[]>>();

/**
 * scopeAncestors, remembered per estate: bindings share snapshot groups and storage accounts, so most
 * scopes come round again, and the same strings then hit the grants' maps on hashes already computed.
 */
function ancestorsOf(estate: Estate, scope: string): readonly string[] {
  let byScope = ancestorsByEstate.get(estate);
  if (!byScope) ancestorsByEstate.set(estate, (byScope = new Map()));
  let ancestors = byScope.get(scope);
  if (!ancestors) byScope.set(scope, (ancestors = scopeAncestors(scope)));
  return ancestors;
}

/**
 * `/subscriptions/s/resourceGroups/g/providers/…/x` → itself, its group, its subscription (lower-cased),
 * nearest first.
 */
export function scopeAncestors(scope: string): string[] {
  const key = idKey(scope);
  if (key.includes('//')) return ancestorsOfSegments(key);
  // Where the first four segments end, found without splitting the whole id (40,000 scopes a plan).
  // idKey leaves one leading '/' and no trailing one, so segment n ends at the n-th '/' after the first.
  const ends: number[] = [];
  for (let at = key.indexOf('/', 1); at !== -1 && ends.length < 4; at = key.indexOf('/', at + 1)) {
    ends.push(at);
  }
  const firstSegments = (count: number): string =>
    ends.length >= count ? key.slice(0, ends[count - 1]) : key;
  const found = [key];
  if (ends.length >= 3 && key.slice(ends[1]! + 1, ends[2]) === 'resourcegroups') found.push(firstSegments(4));
  if (ends.length >= 1) found.push(firstSegments(2));
  return [...new Set(found)];
}

/** The same for a scope with empty segments, which do not count. */
function ancestorsOfSegments(key: string): string[] {
  const parts = key.split('/').filter((p) => p !== '');
  const found = [key];
  if (parts.length >= 4 && parts[2] === 'resourcegroups') found.push(`/${parts.slice(0, 4).join('/')}`);
  if (parts.length >= 2) found.push(`/${parts.slice(0, 2).join('/')}`);
  return [...new Set(found)];
}

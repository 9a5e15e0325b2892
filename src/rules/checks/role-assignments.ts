import { requireMatrixValue } from '../support-matrix.js';
import type { BindingSubject, RoleAssignmentFacts } from '../subjects.js';
import { sameText } from '../values.js';
import { NO_FAILURES, type CheckDefinition } from './types.js';
import type { SupportMatrix } from '../support-matrix.js';

type Principal = 'vault' | 'cluster' | 'extension';
type Scope = 'cluster' | 'snapshotResourceGroup' | 'storageAccount' | 'fileShareStorageAccounts';
type Condition = 'vaultTier' | 'azureFiles' | 'extensionWithoutAad';

interface Requirement {
  principal: Principal;
  role: string;
  scope: Scope;
  when?: Condition;
  alternatives?: { role: string; when?: Condition }[];
}

type Definitions = Record<string, { id: string; satisfiedBy?: string[] }>;

const SCOPE_LABEL: Record<Scope, string> = {
  cluster: 'the cluster',
  snapshotResourceGroup: 'the snapshot resource group',
  storageAccount: 'the backup storage account',
  fileShareStorageAccounts: 'the Azure Files storage account',
};

/**
 * AKSB021. The role set comes from the support matrix: `roles.recommended` (the newest Microsoft docs,
 * CON25) or `roles.minimal` (what every source agrees on), chosen by the desired state's
 * `options.roleSet`. A broader built-in role satisfies a narrower one (Owner ⊇ Contributor ⊇ Reader), and
 * an assignment at a parent scope covers everything below it. Identities the read could not resolve (an
 * extension not installed yet) are skipped: AKSB010 reports the missing extension.
 */
export const roleAssignments: CheckDefinition = {
  name: 'role-assignments',
  description:
    'every role assignment AKS backup needs exists for the vault, cluster and extension identities',
  subjects: ['binding'],
  codes: ['missing'],
  matrixPaths: () => ['roles.definitions', 'roles.recommended', 'roles.minimal'],
  run(subject, { matrix, options }) {
    const s = subject as BindingSubject;
    if (!s.roleAssignments || !s.identities) return NO_FAILURES;
    const requirements = requireMatrixValue<Requirement[]>(matrix, `roles.${options.roleSet}`);
    const holds: Record<Condition, boolean> = {
      vaultTier: s.policy.retention.vault !== undefined,
      azureFiles: s.backup.includedVolumeTypes.some((t) => sameText(t, 'AzureFileShareSMB')),
      extensionWithoutAad: !!s.extension?.useAAD && !sameText(s.extension.useAAD, 'true'),
    };
    // Normalised once per subject: the loops below run for every requirement and target.
    const assignments = normaliseAll(s.roleAssignments, s.plan?.roleAssignments ?? []);
    const missing: string[] = [];
    for (const requirement of requirements) {
      if (requirement.when && !holds[requirement.when]) continue;
      const holder = s.identities[requirement.principal];
      if (holder === null) {
        missing.push(
          `${requirement.role} for the ${requirement.principal} identity: the ${requirement.principal} has no managed identity, so nothing can be granted to it (enable its system-assigned identity)`,
        );
        continue;
      }
      const principal = holder?.toLowerCase();
      if (!principal) continue;
      const accepted = acceptedRoleIds(matrix, requirement, holds);
      for (const target of targets(s, requirement.scope)) {
        if (!isGranted(assignments, principal, accepted, trimSlash(target))) {
          missing.push(
            `${requirement.role} for the ${requirement.principal} identity on ${SCOPE_LABEL[requirement.scope]} (${target})`,
          );
        }
      }
    }
    if (missing.length === 0) return NO_FAILURES;
    return [{ code: 'missing', values: { missing, count: missing.length, roleSet: options.roleSet } }];
  },
};

interface NormalisedAssignment {
  principal: string;
  role: string;
  scope: string;
}

/** The existing assignments, then those the plan creates (they count as existing), normalised. */
function normaliseAll(
  existing: readonly RoleAssignmentFacts[],
  planned: readonly RoleAssignmentFacts[],
): NormalisedAssignment[] {
  const all: NormalisedAssignment[] = [];
  for (const assignment of existing) all.push(normalise(assignment));
  for (const assignment of planned) all.push(normalise(assignment));
  return all;
}

function normalise(a: RoleAssignmentFacts): NormalisedAssignment {
  return {
    principal: a.principalId.toLowerCase(),
    role: guidOf(a.roleDefinitionId),
    scope: trimSlash(a.scope),
  };
}

/** Whether one of the assignments gives `principal` an accepted role at `target` or a scope above it. */
function isGranted(
  assignments: readonly NormalisedAssignment[],
  principal: string,
  accepted: ReadonlySet<string>,
  target: string,
): boolean {
  for (const a of assignments) {
    if (a.principal === principal && accepted.has(a.role) && covers(a.scope, target)) return true;
  }
  return false;
}

/** The GUID at the end of a role definition id (or the id itself when it is a bare GUID), lower-cased. */
function guidOf(id: string): string {
  const end = id.endsWith('/') ? id.length - 1 : id.length;
  const guid = id.slice(id.lastIndexOf('/', end - 1) + 1, end);
  return /[A-Z]/.test(guid) ? guid.toLowerCase() : guid;
}

function trimSlash(id: string): string {
  return id.endsWith('/') ? id.replace(/\/+$/, '') : id;
}

/**
 * Whether an assignment at `scope` covers `target`: the same id or a parent of it, compared
 * case-insensitively. Ids read from Azure usually agree in case, so the exact comparison comes first and
 * the lower-casing only when it fails: this runs for every assignment of every binding. Most assignments
 * sit at the target itself, where `===` settles it far faster than `startsWith`.
 */
function covers(scope: string, target: string): boolean {
  if (target.length < scope.length) return false;
  if (target.length === scope.length) return target === scope || target.toLowerCase() === scope.toLowerCase();
  if (target[scope.length] !== '/') return false;
  return target.startsWith(scope) || target.slice(0, scope.length).toLowerCase() === scope.toLowerCase();
}

function targets(s: BindingSubject, scope: Scope): readonly string[] {
  switch (scope) {
    case 'cluster':
      return s.resourceId ? [s.resourceId] : [];
    case 'snapshotResourceGroup':
      return [s.snapshotResourceGroup.id];
    case 'storageAccount':
      return [s.storage.accountId];
    case 'fileShareStorageAccounts':
      return s.fileShareStorageAccounts ?? [];
  }
}

const acceptedCache = new WeakMap<SupportMatrix, Map<string, ReadonlySet<string>>>();

/**
 * GUIDs of the required role, of its alternatives whose condition holds, and of every broader role that
 * satisfies one of them (transitively). Cached per matrix and role list: evaluation asks this for every
 * binding, and the answer depends only on the matrix.
 */
function acceptedRoleIds(
  matrix: SupportMatrix,
  requirement: Requirement,
  holds: Readonly<Record<Condition, boolean>>,
): ReadonlySet<string> {
  let cache = acceptedCache.get(matrix);
  if (!cache) acceptedCache.set(matrix, (cache = new Map()));
  let key = requirement.role;
  for (const alternative of requirement.alternatives ?? []) {
    if (!alternative.when || holds[alternative.when]) key += `|${alternative.role}`;
  }
  const cached = cache.get(key);
  if (cached) return cached;
  const definitions = requireMatrixValue<Definitions>(matrix, 'roles.definitions');
  const ids = new Set<string>();
  const seen = new Set<string>();
  const queue = key.split('|');
  while (queue.length > 0) {
    const role = queue.shift()!;
    if (seen.has(role)) continue;
    seen.add(role);
    const definition = definitions[role];
    if (!definition) throw new Error(`support matrix roles.definitions has no role '${role}'`);
    ids.add(definition.id.toLowerCase());
    queue.push(...(definition.satisfiedBy ?? []));
  }
  cache.set(key, ids);
  return ids;
}

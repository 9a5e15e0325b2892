import type { DesiredState } from '../config/model.js';
import { idKey } from '../estate/arm-id.js';
import type { BackupInstanceView, Estate, ResourceView } from '../estate/model.js';
import type { Finding } from '../report/model.js';
import type { SupportMatrix } from '../rules/support-matrix.js';
import {
  extensionBody,
  extensionSettings,
  instanceBody,
  policyBody,
  roleAssignmentBody,
  trustedAccessBody,
} from './bodies.js';
import { expandClusters } from './expand.js';
import { instanceInVault } from './instance-in-vault.js';
import { PHASE, type ClusterBinding, type Plan, type PlannedChange, type PrincipalRef } from './model.js';
import {
  BACKUP_EXTENSION_NAME,
  backupInstanceName,
  REQUIRED_PROVIDERS,
  roleAssignmentName,
  TRUSTED_ACCESS_ROLE,
  trustedAccessBindingName,
} from './names.js';
import { meaningOfDesired, meaningOfExisting, policyDifferences } from './policy-equivalence.js';
import { requiredAssignments } from './roles.js';
import { inShard, isFirstShard, type Shard } from './shard.js';
import { byCodeUnit } from '../util/order.js';

export interface PlanOptions {
  allowReplace: boolean;
  /** Delete backup instances this tool created that the desired state no longer wants. */
  prune?: boolean;
  /** Plan only this shard's clusters (`shard: i/n`). */
  shard?: Shard;
  matrix: SupportMatrix;
}

export const POLICY_DRIFT_RULE = 'PLAN004';
export const PRUNE_CANDIDATE_RULE = 'PLAN005';

/**
 * Desired state against estate → typed changes with attribute-level reasons, in dependency order.
 * Pure: no I/O, no clock. Nothing is deleted; a replacement is planned only with allow-replace, and
 * otherwise left for rules AKSB013/AKSB014 to explain.
 */
export function computePlan(state: DesiredState, estate: Estate, options: PlanOptions): Plan {
  const expanded = expandClusters(state, estate);
  const bindings = expanded.bindings.filter((b) => inShard(b.clusterKey, options.shard));
  const findings = expanded.findings.filter((f) =>
    f.resourceId ? inShard(f.resourceId, options.shard) : isFirstShard(options.shard),
  );
  // Per kind, by lower-cased id. The same resource wanted by several clusters (a shared policy, a role
  // on a shared snapshot group) is planned once: the first wins.
  const changes = new Map<PlannedChange['kind'], Map<string, PlannedChange>>();
  // A change about an existing resource passes that resource's key: no id lower-cased again.
  const add: Add = (change, key = idKey(change.id)) => {
    let ofKind = changes.get(change.kind);
    if (!ofKind) changes.set(change.kind, (ofKind = new Map()));
    if (!ofKind.has(key)) ofKind.set(key, change);
  };

  const requested = new RequestedAssignments();
  for (const binding of bindings) {
    if (!binding.cluster) continue;
    planProviders(binding, estate, add);
    planExtension(binding, estate, add);
    planTrustedAccess(binding, estate, add);
    planRoleAssignments(binding, estate, options.matrix, state.options.roleSet, add, requested);
    const policyId = planPolicy(binding, estate, add, findings);
    binding.policyId = policyId;
    planInstance(binding, estate, policyId, options, add);
  }

  planPrune(estate, expanded.bindings, changes, options.prune ?? false, options.shard, add, findings);

  // By phase, then by lower-cased id (the keys above, not computed again for 56,000 changes). Code-unit
  // order, not the locale's: the same plan lists its changes in the same order on every machine. Each
  // kind is sorted on its own, and the kinds put in phase order; a stable sort by phase then moves only
  // prune's deletions (a later phase of their kind) behind the rest.
  const ordered = KINDS_IN_PHASE_ORDER.flatMap((kind) => inKeyOrder(changes.get(kind))).sort(
    (a, b) => a.phase - b.phase,
  );
  return { changes: ordered, findings, bindings };
}

const KINDS_IN_PHASE_ORDER = (Object.keys(PHASE) as PlannedChange['kind'][]).sort(
  (a, b) => PHASE[a] - PHASE[b],
);

/**
 * A kind's changes by key. The default sort compares strings by code unit, as byCodeUnit does, without
 * calling back into a comparator for each of the ~900,000 comparisons 56,000 changes take.
 */
function inKeyOrder(ofKind: ReadonlyMap<string, PlannedChange> | undefined): PlannedChange[] {
  if (!ofKind) return [];
  return [...ofKind.keys()].sort().map((key) => ofKind.get(key)!);
}

/** Plans a change, under `key`: the lower-cased id (idKey), given when the caller has it already. */
type Add = (change: PlannedChange, key?: string) => void;

/** What a no-op says: nothing. One list for the 20,000 of them (frozen, so none grows a reason). */
const NO_REASONS: string[] = Object.freeze([]) as unknown as string[];

/** An existing resource: no change when nothing differs, else an update in place with the reasons. */
function updateOrNoop(
  add: Add,
  base: Pick<PlannedChange, 'kind' | 'phase' | 'cluster' | 'clusterId'>,
  existing: ResourceView,
  reasons: string[],
  body: () => unknown,
): void {
  const id = existing.id;
  add(
    reasons.length === 0
      ? { ...base, action: 'noop', id, reasons: NO_REASONS }
      : { ...base, action: 'update', id, reasons, body: body() },
    existing.key,
  );
}

/**
 * Instances this tool created (tagged managed-by) that no binding keeps: a cluster that left the desired
 * state, or moved to another vault. Deleted only with prune, after every create (phase 6), so a move
 * protects the cluster in its new vault before the old instance goes; otherwise reported. Apply confirms
 * each deletion with a direct ARM GET first: Resource Graph alone never decides a deletion (§5.5).
 */
function planPrune(
  estate: Estate,
  bindings: readonly ClusterBinding[],
  changes: ReadonlyMap<string, ReadonlyMap<string, PlannedChange>>,
  prune: boolean,
  shard: Shard | undefined,
  add: Add,
  findings: Finding[],
): void {
  const kept = new Set<string>();
  for (const binding of bindings) {
    for (const instance of estate.instancesOfCluster(binding.cluster ?? binding.clusterId)) {
      if (instance.vaultKey === binding.desired.vault.id.key) kept.add(instance.key);
    }
  }
  for (const change of changes.get('backupInstance')?.values() ?? []) {
    if (change.replaces) kept.delete(idKey(change.replaces));
  }
  for (const instance of estate.instances) {
    if (kept.has(instance.key) || !isManaged(instance.tags)) continue;
    if (!inShard(instance.clusterKey ?? instance.key, shard)) continue;
    const cluster = instance.clusterId ? lastName(instance.clusterId) : undefined;
    if (prune) {
      add({
        action: 'delete',
        kind: 'backupInstance',
        id: instance.id,
        ...(cluster ? { cluster } : {}),
        ...(instance.clusterId ? { clusterId: instance.clusterId } : {}),
        phase: PHASE.backupInstance + 1,
        reasons: [
          'created by aks-backup-guard; the desired state no longer protects this cluster in this vault (prune)',
        ],
      });
    } else {
      findings.push({
        ruleId: PRUNE_CANDIDATE_RULE,
        severity: 'info',
        message: `backup instance ${instance.name} was created by aks-backup-guard and the desired state no longer wants it: set prune to delete it`,
        resourceId: instance.id,
        ...(cluster ? { cluster } : {}),
        exempted: false,
      });
    }
  }
}

function isManaged(tags: Readonly<Record<string, string>>): boolean {
  return Object.entries(tags).some(
    ([k, v]) => k.toLowerCase() === 'managed-by' && v.toLowerCase() === 'aks-backup-guard',
  );
}

function planProviders(binding: ClusterBinding, estate: Estate, add: Add): void {
  const subscription = binding.cluster?.subscriptionId;
  if (!subscription) return;
  for (const namespace of REQUIRED_PROVIDERS) {
    const state = estate.providerState(subscription, namespace);
    // Unknown (the snapshot does not say): nothing to decide from, so nothing is planned.
    if (state === undefined || state.toLowerCase() === 'registered') continue;
    add({
      action: 'create',
      kind: 'providerRegistration',
      id: `/subscriptions/${subscription}/providers/${namespace}`,
      phase: PHASE.providerRegistration,
      reasons: [`register ${namespace} (now ${state})`],
    });
  }
}

function planExtension(binding: ClusterBinding, estate: Estate, add: Add): void {
  const storage = binding.desired.storage;
  const account = estate.storageAccount(storage.account.id);
  const wanted = extensionSettings(storage, account?.blobEndpoint);
  const existing = estate.backupExtension(binding.cluster ?? binding.clusterId);
  const base = {
    kind: 'extension' as const,
    cluster: binding.clusterName,
    clusterId: binding.clusterId,
    phase: PHASE.extension,
  };
  if (!existing) {
    add({
      ...base,
      action: 'create',
      id: `${binding.clusterId}/providers/Microsoft.KubernetesConfiguration/extensions/${BACKUP_EXTENSION_NAME}`,
      reasons: [`install the backup extension writing to ${storage.account.name}/${storage.container}`],
      body: extensionBody(wanted),
    });
    return;
  }
  // Only the storage location is this tool's to set; keys the service or another tool added stay.
  const owned = [
    'configuration.backupStorageLocation.bucket',
    'configuration.backupStorageLocation.config.storageAccount',
    'configuration.backupStorageLocation.config.resourceGroup',
    'configuration.backupStorageLocation.config.subscriptionId',
  ];
  const reasons = owned
    .filter(
      (key) =>
        (existing.configurationSettings[key] ?? '').toLowerCase() !== (wanted[key] ?? '').toLowerCase(),
    )
    .map(
      (key) =>
        `${key.replace('configuration.backupStorageLocation.', '')}: ${existing.configurationSettings[key] ?? '(unset)'} → ${wanted[key]}`,
    );
  if (existing.provisioningState?.toLowerCase() === 'failed') {
    // A Failed extension stays Failed until its installation runs again (CLI-AKS: Succeeded = ready,
    // Failed = reinstall; AZURE-FACTS.md §3). A PUT of the existing extension is Extensions_Create on it,
    // an update that runs provisioning again (EXTSPEC): no delete, which only prune or allow-replace
    // could justify. Its settings are kept, this tool's storage keys set, in the same PUT; the tenant
    // the service added itself (`credentials.tenantId`: the caller's tenant, K8SEXT) it adds again.
    const kept = Object.entries(existing.configurationSettings).filter(
      ([key]) => key.toLowerCase() !== 'credentials.tenantid',
    );
    add(
      {
        ...base,
        action: 'update',
        id: existing.id,
        method: 'PUT',
        reasons: ['provisioningState Failed: re-apply the extension', ...reasons],
        body: extensionBody(
          {
            ...wanted,
            ...Object.fromEntries(kept),
            ...Object.fromEntries(owned.map((k) => [k, wanted[k]!])),
          },
          existing,
        ),
      },
      existing.key,
    );
    return;
  }
  updateOrNoop(add, base, existing, reasons, () => ({
    properties: { configurationSettings: Object.fromEntries(owned.map((k) => [k, wanted[k]!])) },
  }));
}

function planTrustedAccess(binding: ClusterBinding, estate: Estate, add: Add): void {
  const vaultId = binding.desired.vault.id.id;
  const existing = estate.bindingFor(binding.cluster ?? binding.clusterId, vaultId);
  const base = {
    kind: 'trustedAccessBinding' as const,
    cluster: binding.clusterName,
    clusterId: binding.clusterId,
    phase: PHASE.trustedAccessBinding,
  };
  if (!existing) {
    add({
      ...base,
      action: 'create',
      id: `${binding.clusterId}/trustedAccessRoleBindings/${trustedAccessBindingName(vaultId)}`,
      reasons: [
        `let vault ${binding.desired.vault.id.name} operate backups in the cluster (${TRUSTED_ACCESS_ROLE})`,
      ],
      body: trustedAccessBody(vaultId),
    });
    return;
  }
  const hasRole = existing.roles.some((r) => r.toLowerCase() === TRUSTED_ACCESS_ROLE.toLowerCase());
  const roles = [...existing.roles, TRUSTED_ACCESS_ROLE];
  if (existing.provisioningState?.toLowerCase() === 'failed') {
    // A Failed binding stays Failed, and the vault cannot operate in the cluster, until it is provisioned
    // again. A PUT of the existing binding is TrustedAccessRoleBindings_CreateOrUpdate on it (AKSSPEC,
    // AZURE-FACTS.md §2.3), which runs its provisioning again: the same source and roles (the backup role
    // added if it lacks it), nothing deleted.
    add(
      {
        ...base,
        action: 'update',
        id: existing.id,
        method: 'PUT',
        reasons: [
          'provisioningState Failed: re-apply the trusted-access binding',
          ...(hasRole ? [] : [`roles: [${existing.roles.join(', ')}] → [${roles.join(', ')}]`]),
        ],
        body: {
          properties: {
            sourceResourceId: existing.sourceResourceId ?? vaultId,
            roles: hasRole ? [...existing.roles] : roles,
          },
        },
      },
      existing.key,
    );
    return;
  }
  updateOrNoop(
    add,
    base,
    existing,
    hasRole ? [] : [`roles: [${existing.roles.join(', ')}] → [${roles.join(', ')}]`],
    () => ({
      properties: { sourceResourceId: existing.sourceResourceId ?? vaultId, roles },
    }),
  );
}

/**
 * The role assignments the binding needs (roles.ts): a no-op on the assignment that already grants one,
 * else a create under a name derived from what it grants. Clusters of a subscription ask for the same
 * grants on their shared snapshot group and storage account; a request seen before is skipped before
 * anything is made of it, as `add` would drop it after.
 */
function planRoleAssignments(
  binding: ClusterBinding,
  estate: Estate,
  matrix: SupportMatrix,
  roleSet: DesiredState['options']['roleSet'],
  add: Add,
  requested: RequestedAssignments,
): void {
  for (const assignment of requiredAssignments(binding, estate, matrix, roleSet)) {
    const principal =
      assignment.principal.kind === 'known'
        ? assignment.principal.principalId
        : `extension:${idKey(binding.clusterId)}`;
    if (!requested.firstTime(assignment.scope, principal, assignment.roleGuid)) continue;
    const base = {
      kind: 'roleAssignment' as const,
      cluster: binding.clusterName,
      clusterId: binding.clusterId,
      phase: PHASE.roleAssignment,
    };
    const granted = assignment.grantedBy;
    if (granted) {
      // Nothing to create: the change names the assignment that grants it, as a no-op of any other kind
      // names the resource that is already right. One assignment granting several requirements (an
      // Owner on the subscription) is one no-op.
      add(
        {
          ...base,
          action: 'noop',
          id: granted.id,
          reasons: alreadyGranted(assignment.holder, assignment.role),
        },
        granted.key,
      );
      continue;
    }
    const name = roleAssignmentName(assignment.scope, assignment.roleGuid, principal);
    add({
      ...base,
      action: 'create',
      id: `${assignment.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      reasons: [
        `${assignment.role} for the ${assignment.holder} identity ${principalText(assignment.principal)} on ${assignment.scope}`,
      ],
      principal: assignment.principal,
      body: roleAssignmentBody(
        subscriptionOf(assignment.scope),
        assignment.roleGuid,
        principalText(assignment.principal),
      ),
    });
  }
}

function principalText(principal: PrincipalRef): string {
  return principal.kind === 'known' ? principal.principalId : '(known after apply)';
}

/** `/subscriptions/{id}/…` → id; '' for a scope outside a subscription. */
function subscriptionOf(scope: string): string {
  const start = scope.indexOf('/', 1) + 1;
  if (start === 0) return '';
  const end = scope.indexOf('/', start);
  return end === -1 ? scope.slice(start) : scope.slice(start, end);
}

const grantedReasons = new Map<string, string[]>();
/** A no-op's reason: one shared (frozen) list per identity and role, not one per assignment (27,000). */
function alreadyGranted(holder: string, role: string): string[] {
  const key = `${holder}\u0000${role}`;
  let reasons = grantedReasons.get(key);
  if (!reasons) {
    reasons = Object.freeze([
      `${holder} identity already has ${role} (or broader) here`,
    ]) as unknown as string[];
    grantedReasons.set(key, reasons);
  }
  return reasons;
}

/**
 * Grants already planned, by scope, principal and role as written. Catches the exact repeats (the same
 * strings from one desired entry's shared scopes); a repeat spelled in another case still reaches `add`,
 * which keys by the lower-cased id.
 */
class RequestedAssignments {
  private readonly byScope = new Map<string, Map<string, Set<string>>>();

  firstTime(scope: string, principal: string, roleGuid: string): boolean {
    let byPrincipal = this.byScope.get(scope);
    if (!byPrincipal) this.byScope.set(scope, (byPrincipal = new Map()));
    let roles = byPrincipal.get(principal);
    if (!roles) byPrincipal.set(principal, (roles = new Set()));
    if (roles.has(roleGuid)) return false;
    roles.add(roleGuid);
    return true;
  }
}

/**
 * The policy this binding's instance will use: the named one when it exists and means the same, or an
 * existing policy in the vault that means the same under another name (reused, not duplicated), or a new
 * one. A named policy whose rules differ is never changed or replaced: Azure cannot change a policy's
 * rules in place and refuses to delete one in use, so the plan says to give the new definition a new name.
 */
function planPolicy(binding: ClusterBinding, estate: Estate, add: Add, findings: Finding[]): string {
  const { policy, vault } = binding.desired;
  const desiredId = binding.desired.policyId;
  const desiredMeaning = meaningOfDesired(policy);
  const base = { kind: 'backupPolicy' as const, phase: PHASE.backupPolicy };
  const named = estate.policy(desiredId);
  if (named) {
    const differences = policyDifferences(meaningOfExisting(named), desiredMeaning);
    if (differences.length === 0) {
      add({ ...base, action: 'noop', id: named.id, reasons: NO_REASONS }, named.key);
    } else if (!findings.some((f) => f.ruleId === POLICY_DRIFT_RULE && f.resourceId === named.id)) {
      findings.push({
        ruleId: POLICY_DRIFT_RULE,
        severity: 'error',
        message: `policy ${policy.name} in vault ${vault.id.name} differs from its definition (${differences.join('; ')}); Azure cannot change a policy's rules in place: give the new definition a new name`,
        resourceId: named.id,
        file: policy.source.file,
        line: policy.source.line,
        column: policy.source.column,
        exempted: false,
      });
    }
    return named.id;
  }
  const equivalent = estate
    .policiesInVault(vault.id.id)
    .filter((p) => p.isKubernetes)
    .sort((a, b) => byCodeUnit(a.key, b.key))
    .find((p) => policyDifferences(meaningOfExisting(p), desiredMeaning).length === 0);
  if (equivalent) {
    add({
      ...base,
      action: 'noop',
      id: equivalent.id,
      reasons: [`reused for '${policy.name}': same schedule and retention`],
    });
    return equivalent.id;
  }
  add({
    ...base,
    action: 'create',
    id: desiredId,
    reasons: [
      `every ${policy.schedule.every.text} from ${policy.schedule.at}, keep ${policy.retention.operational.text} operational` +
        (policy.retention.vault ? ` and ${policy.retention.vault.text} in the vault tier` : ''),
    ],
    body: policyBody(policy),
  });
  return desiredId;
}

function planInstance(
  binding: ClusterBinding,
  estate: Estate,
  policyId: string,
  options: PlanOptions,
  add: Add,
): void {
  const { desired } = binding;
  const vaultKey = desired.vault.id.key;
  const policyKey = idKey(policyId);
  const existing = instanceInVault(
    estate.instancesOfCluster(binding.cluster ?? binding.clusterId),
    vaultKey,
    policyKey,
  );
  // Only a new instance needs a name: worked out when one is planned, not hashed for every binding.
  const name = (): string =>
    backupInstanceName(
      binding.clusterName,
      binding.clusterId,
      desired.vault.id.id,
      desired.policy.name,
      desired.snapshotResourceGroup.id,
    );
  const body = (forPolicy: string, friendlyName: string): unknown =>
    instanceBody({
      clusterId: binding.clusterId,
      clusterName: binding.clusterName,
      ...(binding.cluster?.location ? { location: binding.cluster.location } : {}),
      policyId: forPolicy,
      snapshotResourceGroupId: desired.snapshotResourceGroup.id,
      backup: desired.backup,
      friendlyName,
    });
  const base = {
    kind: 'backupInstance' as const,
    cluster: binding.clusterName,
    clusterId: binding.clusterId,
    phase: PHASE.backupInstance,
  };
  if (!existing) {
    const created = name();
    add({
      ...base,
      action: 'create',
      id: `${desired.vault.id.id}/backupInstances/${created}`,
      reasons: [
        `protect ${binding.clusterName} with policy ${lastName(policyId)}, snapshots in ${desired.snapshotResourceGroup.name}`,
      ],
      body: body(policyId, `${binding.clusterName}/${created}`),
    });
    return;
  }

  const forcing: string[] = [];
  if (existing.policyKey !== policyKey)
    forcing.push(
      `policyId: ${lastName(existing.policyId ?? '(none)')} → ${lastName(policyId)} (forces replacement)`,
    );
  if ((existing.snapshotResourceGroupKey ?? '') !== desired.snapshotResourceGroup.key) {
    forcing.push(
      `snapshotResourceGroup: ${lastName(existing.snapshotResourceGroupId ?? '(none)')} → ${desired.snapshotResourceGroup.name} (forces replacement)`,
    );
  }
  const addsFiles =
    desired.backup.includedVolumeTypes.includes('AzureFileShareSMB') &&
    !existing.backup.includedVolumeTypes.includes('AzureFileShareSMB');
  // Azure Files cannot be added to an existing instance (SM26, AZURE-FACTS.md §1.4).
  if (addsFiles) forcing.push('includedVolumeTypes: adds AzureFileShareSMB (forces replacement)');
  const inPlace = settingDifferences(existing, desired.backup);

  if (forcing.length > 0) {
    if (!options.allowReplace) return; // rules AKSB013/AKSB014 explain why and what to do
    const replacement = name();
    add({
      ...base,
      action: 'replace',
      id: `${desired.vault.id.id}/backupInstances/${replacement}`,
      replaces: existing.id,
      reasons: [...forcing, ...inPlace],
      body: body(policyId, `${binding.clusterName}/${replacement}`),
    });
    return;
  }
  updateOrNoop(add, base, existing, inPlace, () =>
    body(existing.policyId ?? policyId, existing.friendlyName ?? `${binding.clusterName}/${existing.name}`),
  );
}

/** What can change in place: the backup configuration (MAN26; az dataprotection 1.8.0 backup-instance update). */
function settingDifferences(
  existing: BackupInstanceView,
  wanted: ClusterBinding['desired']['backup'],
): string[] {
  const reasons: string[] = [];
  const list = (values: readonly string[] | undefined): string =>
    values === undefined ? '(all)' : `[${values.join(', ')}]`;
  const sameSet = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
    a === undefined || b === undefined
      ? a === b
      : a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
  const have = existing.backup;
  if (!sameSet(have.includedNamespaces, wanted.includedNamespaces))
    reasons.push(`includedNamespaces: ${list(have.includedNamespaces)} → ${list(wanted.includedNamespaces)}`);
  for (const key of [
    'excludedNamespaces',
    'includedResourceTypes',
    'excludedResourceTypes',
    'labelSelectors',
  ] as const) {
    if (!sameSet(have[key], wanted[key])) reasons.push(`${key}: ${list(have[key])} → ${list(wanted[key])}`);
  }
  if (
    !sameSet(
      have.includedVolumeTypes.length === 0 ? ['AzureDisk'] : have.includedVolumeTypes,
      wanted.includedVolumeTypes,
    )
  ) {
    reasons.push(
      `includedVolumeTypes: ${list(have.includedVolumeTypes)} → ${list(wanted.includedVolumeTypes)}`,
    );
  }
  for (const key of ['snapshotVolumes', 'includeClusterScopeResources'] as const) {
    if (have[key] !== wanted[key]) reasons.push(`${key}: ${have[key] ?? '(unset)'} → ${wanted[key]}`);
  }
  return reasons;
}

function lastName(id: string): string {
  return id.slice(id.lastIndexOf('/') + 1);
}

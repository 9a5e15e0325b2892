import type { SourceLocation } from '../config/diagnostics.js';
import type { DesiredCluster, DesiredState } from '../config/model.js';
import { idKey } from '../estate/arm-id.js';
import { backupSchedule } from '../estate/views/policy.js';
import type {
  BackupInstanceView,
  ClusterView,
  Estate,
  ExtensionView,
  JobView,
  RecoveryPointView,
  RoleAssignmentView,
  TrustedAccessBindingView,
} from '../estate/model.js';
import type { ClusterBinding, Plan, PlannedChange } from '../plan/model.js';
import { REQUIRED_PROVIDERS } from '../plan/names.js';
import { FEW_ASSIGNMENTS } from '../plan/roles.js';
import { instanceInVault } from '../plan/instance-in-vault.js';
import { inShard, type Shard } from '../plan/shard.js';
import { bindingFromDesired } from '../rules/static-subjects.js';
import type {
  BindingSubject,
  ClusterSubject,
  ExtensionFacts,
  InstanceSubject,
  JobFacts,
  RoleAssignmentFacts,
  Subject,
  SubjectScope,
  TrustedAccessBindingFacts,
  VaultSubject,
} from '../rules/subjects.js';

/**
 * Jobs older than this are not listed in a subject (AKSB029 looks at 24 hours; Azure keeps 14 days);
 * `scheduledBackupsEnded` counts them all.
 */
const JOB_WINDOW_MS = 2 * 86_400_000;

/**
 * The rule subjects of a plan: every bound cluster, its binding to vault/policy/storage, the vaults the
 * desired state names, and the existing instances of the bound clusters. Facts come from
 * the estate, and what the reviewed plan will change is recorded under `plan`, so a rule does not flag
 * what the plan is about to fix. Pure: `now` only bounds which jobs are passed on.
 *
 * Made one at a time as the rules ask for them: a subject is judged and dropped, so the 29,000 subjects
 * of 10,000 clusters (about 50 MB) are never all in memory at once. Spread it into a list to keep them.
 */
export function* subjectsOfPlan(
  state: DesiredState,
  estate: Estate,
  plan: Plan,
  now: Date,
  shard?: Shard,
): Generator<Subject, void, undefined> {
  const index = indexPlan(plan);
  const planned = (kind: string, clusterKey: string): boolean =>
    (index.byCluster.get(clusterKey) ?? []).some((c) => c.kind === kind);
  const reaches = new Reaches();

  for (const binding of plan.bindings) {
    const cluster = binding.cluster;
    if (!cluster) continue;
    yield clusterSubject(binding.desired.source, cluster, estate, index);
    yield bindingSubject(
      binding,
      cluster,
      estate,
      index,
      planned('trustedAccessBinding', binding.clusterKey),
      reaches,
    );
    for (const instance of estate.instancesOfCluster(cluster))
      yield instanceSubject(instance, binding.desired.source, cluster, estate, now);
  }
  // Each vault is judged by one shard, so a matrix of shards reports it once.
  for (const vault of vaultSubjects(state, estate, plan)) if (inShard(vault.resourceId, shard)) yield vault;
}

/**
 * For `audit`: the clusters in scope that no entry of the desired state covers, with their instances.
 * They are how unprotected clusters are found (AKSB025), and what blocks protecting them (AKSB001-005).
 */
export function subjectsOfUnboundClusters(
  estate: Estate,
  plan: Plan,
  now: Date,
  shard?: Shard,
  skip: ReadonlySet<string> = new Set(),
): Subject[] {
  const bound = new Set(plan.bindings.map((b) => b.clusterKey));
  const index = indexPlan(plan);
  return estate.clusters
    .filter((cluster) => !bound.has(cluster.key) && !skip.has(cluster.key) && inShard(cluster.key, shard))
    .flatMap((cluster) => [
      clusterSubject(undefined, cluster, estate, index),
      ...estate
        .instancesOfCluster(cluster)
        .map((instance) => instanceSubject(instance, undefined, cluster, estate, now)),
    ]);
}

/**
 * The plan's acting changes looked up the ways subjects need them, built once: per cluster (by id, since
 * names repeat across resource groups), planned role assignments per principal, provider registrations
 * per subscription. Scanning the whole plan for every cluster would make subjects quadratic.
 */
interface PlanIndex {
  byCluster: ReadonlyMap<string, readonly PlannedChange[]>;
  rolesByPrincipal: ReadonlyMap<string, readonly PlannedRole[]>;
  registrationsBySubscription: ReadonlyMap<string, readonly string[]>;
}

/** A planned role assignment as subjects carry it, with its scope's key to match against a binding's reach. */
interface PlannedRole {
  facts: RoleAssignmentFacts;
  scopeKey: string;
}

function indexPlan(plan: Plan): PlanIndex {
  const byCluster = new Map<string, PlannedChange[]>();
  const rolesByPrincipal = new Map<string, PlannedRole[]>();
  const registrationsBySubscription = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const change of plan.changes) {
    if (change.action === 'noop') continue;
    if (change.clusterId) push(byCluster, idKey(change.clusterId), change);
    if (
      change.kind === 'roleAssignment' &&
      change.action === 'create' &&
      change.principal?.kind === 'known'
    ) {
      // Any cluster's planned assignment counts: one shared by clusters (a vault's Reader on a common
      // snapshot group) is planned once, under the first of them.
      const scope = change.id.slice(
        0,
        change.id.toLowerCase().indexOf('/providers/microsoft.authorization/roleassignments/'),
      );
      push(rolesByPrincipal, change.principal.principalId.toLowerCase(), {
        facts: {
          principalId: change.principal.principalId,
          roleDefinitionId: (change.body as { properties: { roleDefinitionId: string } }).properties
            .roleDefinitionId,
          scope,
        },
        scopeKey: idKey(scope),
      });
    }
    if (change.kind === 'providerRegistration') {
      push(
        registrationsBySubscription,
        (change.id.split('/')[2] ?? '').toLowerCase(),
        change.id.slice(change.id.lastIndexOf('/') + 1),
      );
    }
  }
  return { byCluster, rolesByPrincipal, registrationsBySubscription };
}

/*
 * Facts are set one by one where optional (`if (x) facts.x = x`), never spread from `x ? { x } : {}`:
 * each such spread allocates and copies an object, and 10,000 clusters make 29,000 subjects with about
 * ten optional facts each. An absent fact stays absent (not undefined), in the same key order.
 */

function scopeOf(cluster: ClusterView): SubjectScope {
  const scope: SubjectScope = {};
  if (cluster.subscriptionId) scope.subscriptionId = cluster.subscriptionId;
  if (cluster.resourceGroup) scope.resourceGroup = cluster.resourceGroup;
  if (cluster.location) scope.location = cluster.location;
  scope.tags = cluster.tags;
  scope.name = cluster.name;
  return scope;
}

function extensionFacts(extension: ExtensionView | undefined): ExtensionFacts | null {
  if (!extension) return null;
  const facts: ExtensionFacts = { name: extension.name };
  if (extension.extensionType) facts.extensionType = extension.extensionType;
  if (extension.provisioningState) facts.provisioningState = extension.provisioningState;
  if (extension.principalId) facts.principalId = extension.principalId;
  const useAAD = extension.configurationSettings['configuration.backupStorageLocation.config.useAAD'];
  if (useAAD !== undefined) facts.useAAD = useAAD;
  return facts;
}

function bindingFacts(binding: TrustedAccessBindingView): TrustedAccessBindingFacts {
  const facts = { name: binding.name } as TrustedAccessBindingFacts;
  if (binding.sourceResourceId) facts.sourceResourceId = binding.sourceResourceId;
  facts.roles = binding.roles;
  if (binding.provisioningState) facts.provisioningState = binding.provisioningState;
  return facts;
}

function vaultIdOf(instance: BackupInstanceView): string | undefined {
  // The key is the id lower-cased, so positions agree when the lengths do (ASCII ids, which ARM's are).
  const lower = instance.key.length === instance.id.length ? instance.key : instance.id.toLowerCase();
  const at = lower.indexOf('/backupinstances/');
  return at > 0 && lower.includes('/backupvaults/') ? instance.id.slice(0, at) : undefined;
}

function clusterSubject(
  declaredAt: SourceLocation | undefined,
  cluster: ClusterView,
  estate: Estate,
  index: PlanIndex,
): ClusterSubject {
  const providers: Record<string, string> = {};
  for (const namespace of [...REQUIRED_PROVIDERS, 'Microsoft.ContainerService']) {
    const state = cluster.subscriptionId
      ? estate.providerState(cluster.subscriptionId, namespace)
      : undefined;
    if (state !== undefined) providers[namespace] = state;
  }
  const mine = index.byCluster.get(cluster.key) ?? [];
  const subject = {
    kind: 'cluster',
    resourceId: cluster.id,
    cluster: cluster.name,
    clusterId: cluster.id,
  } as ClusterSubject;
  if (declaredAt) subject.declaredAt = declaredAt;
  subject.scope = scopeOf(cluster);
  if (cluster.location) subject.location = cluster.location;
  if (cluster.subscriptionId) subject.subscriptionId = cluster.subscriptionId;
  if (cluster.kubernetesVersion) subject.kubernetesVersion = cluster.kubernetesVersion;
  Object.assign(subject, aksVersionFacts(cluster, estate));
  subject.csi = {
    diskDriver: cluster.diskCsiDriverEnabled,
    snapshotController: cluster.snapshotControllerEnabled,
    fileDriver: cluster.fileCsiDriverEnabled,
  };
  const identity: ClusterSubject['identity'] = {};
  if (cluster.identity.type) identity.type = cluster.identity.type;
  if (cluster.servicePrincipalClientId) identity.servicePrincipalClientId = cluster.servicePrincipalClientId;
  subject.identity = identity;
  if (cluster.powerState) subject.powerState = cluster.powerState;
  subject.extension = extensionFacts(estate.backupExtension(cluster));
  subject.providers = providers;
  subject.instances = estate.instancesOfCluster(cluster).map((i) => {
    const facts: { id: string; vaultId?: string; policyId?: string } = { id: i.id };
    const vaultId = vaultIdOf(i);
    if (vaultId) facts.vaultId = vaultId;
    if (i.policyId) facts.policyId = i.policyId;
    return facts;
  });
  subject.plan = {
    // A PUT over a Failed extension installs it again.
    installsExtension: mine.some(
      (c) => c.kind === 'extension' && (c.action === 'create' || c.method === 'PUT'),
    ),
    createsInstance: mine.some(
      (c) => c.kind === 'backupInstance' && (c.action === 'create' || c.action === 'replace'),
    ),
    registersProviders: [
      ...(index.registrationsBySubscription.get(cluster.subscriptionId?.toLowerCase() ?? '') ?? []),
    ],
  };
  return subject;
}

/**
 * AKSB002's facts: the major.minor releases AKS supports in the cluster's region on the cluster's support
 * plan, or why they are unknown. Preview releases are not supported; a release listed only under
 * `AKSLongTermSupport` is supported for clusters on that plan
 * (https://learn.microsoft.com/azure/aks/supported-kubernetes-versions,
 * https://learn.microsoft.com/azure/aks/long-term-support). Nothing when the region's list was not read.
 */
function aksVersionFacts(
  cluster: ClusterView,
  estate: Estate,
): Pick<ClusterSubject, 'aksSupportedVersions' | 'aksVersionsUnavailable'> {
  const listed = cluster.location ? estate.aksVersions(cluster.location) : undefined;
  if (!listed) return {};
  if (!listed.versions) return { aksVersionsUnavailable: listed.unavailable ?? 'the list was not read' };
  const plan = (cluster.supportPlan ?? 'KubernetesOfficial').toLowerCase();
  const supported = listed.versions
    .filter(
      (v) =>
        !v.isPreview && (v.supportPlans.length === 0 || v.supportPlans.some((p) => p.toLowerCase() === plan)),
    )
    .map((v) => v.version);
  if (supported.length === 0) {
    return { aksVersionsUnavailable: `AKS lists no generally available version in ${listed.location}` };
  }
  return { aksSupportedVersions: supported };
}

function bindingSubject(
  binding: ClusterBinding,
  cluster: ClusterView,
  estate: Estate,
  index: PlanIndex,
  createsTrustedAccess: boolean,
  reaches: Reaches,
): BindingSubject {
  const desired = binding.desired;
  const base = bindingFromDesired(desired);
  const vault = estate.vault(desired.vault.id.id);
  const account = estate.storageAccount(desired.storage.account.id);
  const extension = estate.backupExtension(cluster);
  const policyId = binding.policyId ?? desired.policyId;
  const instance = instanceInVault(estate.instancesOfCluster(cluster), desired.vault.id.key, idKey(policyId));
  const identities = {
    // A vault that was read but has no managed identity is `null`: AKSB021 reports it.
    ...(vault ? { vault: vault.principalId ?? null } : {}),
    ...(cluster.principalId ? { cluster: cluster.principalId } : {}),
    ...(extension?.principalId ? { extension: extension.principalId } : {}),
  };
  const principals = Object.values(identities).filter((p): p is string => typeof p === 'string');
  // Only assignments that reach this binding's resources: a vault's identity holds roles on every cluster
  // it protects, and copying them all into each binding made subjects quadratic in clusters per vault.
  const reach = reaches.of(desired, base, cluster);
  const roleAssignments: RoleAssignmentFacts[] = [];
  for (const principal of principals) {
    for (const a of assignmentsReaching(estate, principal, reach)) {
      if (a.principalId && a.roleDefinitionId && a.scope)
        roleAssignments.push({
          principalId: a.principalId,
          roleDefinitionId: a.roleDefinitionId,
          scope: a.scope,
        });
    }
  }
  const plannedRoles: RoleAssignmentFacts[] = [];
  for (const principal of principals) {
    for (const role of index.rolesByPrincipal.get(principal.toLowerCase()) ?? [])
      if (reach.has(role.scopeKey)) plannedRoles.push(role.facts);
  }
  return {
    ...base,
    resourceId: cluster.id,
    cluster: cluster.name,
    clusterId: cluster.id,
    scope: scopeOf(cluster),
    ...(cluster.location ? { location: cluster.location } : {}),
    ...(cluster.subscriptionId ? { subscriptionId: cluster.subscriptionId } : {}),
    ...(cluster.identity.tenantId ? { tenantId: cluster.identity.tenantId } : {}),
    vault: {
      ...base.vault,
      ...(vault?.location ? { location: vault.location } : {}),
      ...(vault?.identity.tenantId ? { tenantId: vault.identity.tenantId } : {}),
    },
    storage: {
      ...base.storage,
      ...(account?.location ? { location: account.location } : {}),
      ...(account?.kind ? { kind: account.kind } : {}),
      ...(account?.skuName ? { skuName: account.skuName } : {}),
    },
    policy: { ...base.policy, id: policyId },
    instance: instance
      ? {
          id: instance.id,
          ...(instance.policyId ? { policyId: instance.policyId } : {}),
          ...(instance.snapshotResourceGroupId
            ? { snapshotResourceGroupId: instance.snapshotResourceGroupId }
            : {}),
        }
      : null,
    trustedAccessBindings: estate.bindingsOfCluster(cluster).map(bindingFacts),
    extension: extensionFacts(extension),
    identities,
    roleAssignments,
    plan: { createsTrustedAccess, roleAssignments: plannedRoles },
  };
}

/**
 * The principal's role assignments at one of the binding's scopes, in the estate's order. A cluster's or
 * an extension's identity holds a role or two: its list is looked through. A vault's identity holds roles
 * on every cluster it protects (100 and more): its assignments are looked up by scope, from whichever
 * side is smaller, the principal's scopes or the binding's twenty-odd.
 */
function assignmentsReaching(estate: Estate, principal: string, reach: Reach): readonly RoleAssignmentView[] {
  const all = estate.roleAssignmentsOfPrincipal(principal);
  if (all.length <= FEW_ASSIGNMENTS) {
    return all.length === 0 ? NONE : all.filter((a) => a.scopeKey !== undefined && reach.has(a.scopeKey));
  }
  const byScope = estate.roleAssignmentsOfPrincipalByScope(principal);
  const found: RoleAssignmentView[] = [];
  let lists = 0;
  const take = (list: readonly RoleAssignmentView[] | undefined): void => {
    if (list === undefined) return;
    lists++;
    for (const assignment of list) found.push(assignment);
  };
  if (byScope.size <= reach.size) {
    for (const [scope, list] of byScope) if (reach.has(scope)) take(list);
  } else {
    for (const scope of reach.scopes()) take(byScope.get(scope));
  }
  // Each list is in the estate's (key) order; several are merged back into it.
  return lists < 2 ? found : found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * The scopes whose role assignments apply to a binding's resources: the root, and each resource's key
 * with every prefix of it (a group, a subscription). Most of them come from the desired entry (snapshot
 * group, storage account, Azure Files accounts), which all the clusters a selector matches share: that
 * part is worked out once per entry, and only the cluster's own prefixes per binding.
 */
class Reaches {
  private readonly byEntry = new Map<DesiredCluster, ReadonlySet<string>>();

  of(desired: DesiredCluster, base: BindingSubject, cluster: ClusterView): Reach {
    let shared = this.byEntry.get(desired);
    if (!shared) {
      const scopes = new Set<string>(['/']);
      for (const id of [
        base.snapshotResourceGroup.id,
        base.storage.accountId,
        ...(base.fileShareStorageAccounts ?? []),
      ])
        for (const scope of prefixesOf(idKey(id))) scopes.add(scope);
      this.byEntry.set(desired, (shared = scopes));
    }
    return new Reach(
      shared,
      prefixesOf(cluster.key).filter((scope) => !shared.has(scope)),
    );
  }
}

/** A key and each of its prefixes that ends before a `/`: `/a`, `/a/b`, …, the key itself. */
function prefixesOf(key: string): string[] {
  const found: string[] = [];
  for (let end = key.indexOf('/', 1); end !== -1; end = key.indexOf('/', end + 1))
    found.push(key.slice(0, end));
  found.push(key);
  return found;
}

/** One binding's scopes: the entry's shared ones and the cluster's own (none of which are shared). */
class Reach {
  constructor(
    private readonly shared: ReadonlySet<string>,
    private readonly own: readonly string[],
  ) {}

  get size(): number {
    return this.shared.size + this.own.length;
  }

  has(scope: string): boolean {
    return this.shared.has(scope) || this.own.includes(scope);
  }

  *scopes(): Iterable<string> {
    yield* this.shared;
    yield* this.own;
  }
}

function instanceSubject(
  instance: BackupInstanceView,
  declaredAt: SourceLocation | undefined,
  cluster: ClusterView,
  estate: Estate,
  now: Date,
): InstanceSubject {
  const policy = instance.policyId ? estate.policy(instance.policyId) : undefined;
  const interval = policy ? backupSchedule(policy)?.interval.every?.text : undefined;
  // Points left unread on purpose (the instance's jobs showed a fresh backup) are unknown, not "none".
  const pointsKnown = estate.recoveryPointsRead(instance);
  const latest = pointsKnown ? estate.latestRecoveryPoint(instance) : undefined;
  const vaultId = vaultIdOf(instance);
  const allJobs = estate.jobsOf(instance);
  // Every job read counts here, not only the recent ones: the question is whether any scheduled backup
  // has come due since the instance was created (AKSB024's new-instance case).
  const scheduledBackupsEnded = allJobs.filter(
    (j) =>
      j.isUserTriggered !== true &&
      j.outcome !== 'running' &&
      (j.operationCategory ?? j.operation ?? '').toLowerCase().includes('backup') &&
      (j.startMs === undefined || j.startMs <= now.getTime()),
  ).length;
  const jobs: JobFacts[] = allJobs
    .filter((j) => j.startMs === undefined || now.getTime() - j.startMs <= JOB_WINDOW_MS)
    .map(jobFacts);
  const subject = {
    kind: 'instance',
    resourceId: instance.id,
    name: instance.name,
    cluster: cluster.name,
    clusterId: cluster.id,
  } as InstanceSubject;
  if (declaredAt) subject.declaredAt = declaredAt;
  subject.scope = scopeOf(cluster);
  if (vaultId) subject.vaultId = vaultId;
  if (instance.policyId) subject.policyId = instance.policyId;
  if (instance.protectionState) subject.protectionState = instance.protectionState;
  if (instance.protectionStatus) subject.protectionStatus = instance.protectionStatus;
  if (instance.provisioningState) subject.provisioningState = instance.provisioningState;
  subject.errors = instance.errors;
  if (interval) subject.policy = { interval };
  subject.scheduledBackupsEnded = scheduledBackupsEnded;
  if (pointsKnown) subject.latestRecoveryPoint = latest?.time ? latestPointFacts(latest, latest.time) : null;
  subject.jobs = jobs;
  return subject;
}

function latestPointFacts(
  point: RecoveryPointView,
  time: string,
): NonNullable<InstanceSubject['latestRecoveryPoint']> {
  const facts: NonNullable<InstanceSubject['latestRecoveryPoint']> = { id: point.recoveryPointId, time };
  if (point.state) facts.state = point.state;
  return facts;
}

/** What rules see of a job: only the facts it has, set one by one (50,000 jobs at 10,000 clusters). */
function jobFacts(job: JobView): JobFacts {
  const facts: JobFacts = { id: job.id };
  if (job.operationCategory) facts.category = job.operationCategory;
  if (job.operation) facts.operation = job.operation;
  if (job.status) facts.status = job.status;
  if (job.isUserTriggered !== undefined) facts.isUserTriggered = job.isUserTriggered;
  if (job.startTime) facts.startTime = job.startTime;
  if (job.endTime) facts.endTime = job.endTime;
  const error = job.errors[0];
  if (error?.code) facts.errorCode = error.code;
  if (error?.message) facts.errorMessage = error.message;
  return facts;
}

/**
 * Policies and instances the plan creates, counted by `{vault key}/{collection}`: one pass over the
 * changes, not one per vault (300 vaults × 11,000 changes at 10,000 clusters).
 */
function createdUnderVaults(plan: Plan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const change of plan.changes) {
    if (change.action !== 'create') continue;
    if (change.kind !== 'backupPolicy' && change.kind !== 'backupInstance') continue;
    const key = idKey(change.id);
    const collection = key.slice(0, key.lastIndexOf('/'));
    counts.set(collection, (counts.get(collection) ?? 0) + 1);
  }
  return counts;
}

function vaultSubjects(state: DesiredState, estate: Estate, plan: Plan): VaultSubject[] {
  const subjects: VaultSubject[] = [];
  const created = createdUnderVaults(plan);
  for (const desired of state.vaults.values()) {
    const vault = estate.vault(desired.id.id);
    if (!vault) continue;
    const under = (segment: string): number => created.get(`${vault.key}/${segment}`) ?? 0;
    const counted = estate.vaultCounts(vault.id);
    subjects.push({
      kind: 'vault',
      resourceId: vault.id,
      name: vault.name,
      declaredAt: desired.source,
      scope: {
        ...(vault.subscriptionId ? { subscriptionId: vault.subscriptionId } : {}),
        ...(vault.resourceGroup ? { resourceGroup: vault.resourceGroup } : {}),
        ...(vault.location ? { location: vault.location } : {}),
        tags: vault.tags,
        name: vault.name,
      },
      ...(vault.location ? { location: vault.location } : {}),
      ...(vault.subscriptionId ? { subscriptionId: vault.subscriptionId } : {}),
      ...(vault.softDeleteState ? { softDeleteState: vault.softDeleteState } : {}),
      ...(vault.immutabilityState ? { immutabilityState: vault.immutabilityState } : {}),
      // The documents read are AKS's (a live read) or all (a snapshot file); the reader's counts take in
      // every workload's. Whichever is larger is what the vault holds.
      counts: {
        policies:
          Math.max(estate.policiesInVault(vault.id).length, counted?.policies ?? 0) + under('backuppolicies'),
        instances:
          Math.max(estate.instancesInVault(vault.id).length, counted?.instances ?? 0) +
          under('backupinstances'),
      },
    });
  }
  return subjects;
}

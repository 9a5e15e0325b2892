import { idKey, locationKey, RESOURCE_TYPES, typeKey } from './arm-id.js';
import type {
  AksVersionsView,
  BackupInstanceView,
  ClusterView,
  Estate,
  ExtensionView,
  JobView,
  PolicyView,
  ResourceRef,
  RecoveryPointView,
  RoleAssignmentView,
  StorageAccountView,
  TrustedAccessBindingView,
  VaultView,
} from './model.js';
import type {
  ArmResource,
  EstateSnapshot,
  ProviderStates,
  SnapshotEnvelope,
  VaultCount,
} from './snapshot.js';
import { backupInstanceView } from './views/backup-instance.js';
import { aksVersionsView } from './views/kubernetes-versions.js';
import { bindingView } from './views/binding.js';
import { clusterView } from './views/cluster.js';
import { extensionView } from './views/extension.js';
import { jobView } from './views/job.js';
import { policyView } from './views/policy.js';
import { recoveryPointView } from './views/recovery-point.js';
import { roleAssignmentView } from './views/role-assignment.js';
import { storageAccountView } from './views/storage-account.js';
import { vaultView } from './views/vault.js';

/**
 * Builds the Estate from a snapshot — the same builder for `--estate FILE` (load-estate.ts feeds it
 * each document as it is parsed) and for live reads, which produce the same snapshot shape. One pass
 * classifies documents by lower-cased type and files each view under its lower-cased keys; a second
 * pass links jobs and recovery points to instances. Cost is linear in the number of documents plus a
 * sort of each list (for output that does not depend on the order Azure returned things in); no
 * lookup scans.
 */
export function buildEstate(snapshot: EstateSnapshot): Estate {
  const builder = new EstateBuilder();
  for (const resource of snapshot.resources) builder.add(resource);
  return builder.finish(snapshot);
}

function compareKeys(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

const NONE: readonly never[] = Object.freeze([]);

function filed<V extends { key: string }>(list: V[], view: V): string {
  list.push(view);
  return view.key;
}

class MultiMap<V> {
  readonly map = new Map<string, V[]>();

  add(key: string | undefined, value: V): void {
    if (key === undefined) return;
    const list = this.map.get(key);
    if (list) list.push(value);
    else this.map.set(key, [value]);
  }

  get(key: string): readonly V[] {
    return this.map.get(key) ?? NONE;
  }
}

export class EstateBuilder {
  readonly duplicateIds: string[] = [];
  clusters: ClusterView[] = [];
  vaults: VaultView[] = [];
  policies: PolicyView[] = [];
  instances: BackupInstanceView[] = [];
  recoveryPoints: RecoveryPointView[] = [];
  jobs: JobView[] = [];
  extensions: ExtensionView[] = [];
  bindings: TrustedAccessBindingView[] = [];
  roleAssignments: RoleAssignmentView[] = [];
  storageAccounts: StorageAccountView[] = [];
  others: { id: string; key: string; resource: ArmResource }[] = [];
  private readonly instanceKeys = new Map<string, string>();

  /** Files the document under its type; returns the key it is filed under. */
  add(resource: ArmResource): string {
    switch (typeKey(resource.type)) {
      case RESOURCE_TYPES.managedCluster:
        return filed(this.clusters, clusterView(resource));
      case RESOURCE_TYPES.backupVault:
        return filed(this.vaults, vaultView(resource));
      case RESOURCE_TYPES.backupPolicy:
        return filed(this.policies, policyView(resource));
      case RESOURCE_TYPES.backupInstance: {
        const instance = backupInstanceView(resource);
        this.instanceKeys.set(instance.key, instance.key);
        return filed(this.instances, instance);
      }
      case RESOURCE_TYPES.recoveryPoint:
        return filed(this.recoveryPoints, recoveryPointView(resource));
      case RESOURCE_TYPES.backupJob:
        return filed(this.jobs, this.withKnownInstanceKey(jobView(resource)));
      case RESOURCE_TYPES.extension:
        return filed(this.extensions, extensionView(resource));
      case RESOURCE_TYPES.trustedAccessBinding:
        return filed(this.bindings, bindingView(resource));
      case RESOURCE_TYPES.roleAssignment:
        return filed(this.roleAssignments, roleAssignmentView(resource));
      case RESOURCE_TYPES.storageAccount:
        return filed(this.storageAccounts, storageAccountView(resource));
      default:
        return filed(this.others, { id: resource.id, key: idKey(resource.id), resource });
    }
  }

  /**
   * A job names its instance by id, a fresh string per job: when the instance is already filed (a sorted
   * snapshot lists a vault's instances before its jobs) the job keeps the instance's own key instead, one
   * string for the instance and its jobs rather than one more per job.
   */
  private withKnownInstanceKey(job: JobView): JobView {
    const known = job.instanceKey === undefined ? undefined : this.instanceKeys.get(job.instanceKey);
    if (known !== undefined) job.instanceKey = known;
    return job;
  }

  finish(snapshot: SnapshotEnvelope): Estate {
    this.clusters = this.inKeyOrder(this.clusters);
    this.vaults = this.inKeyOrder(this.vaults);
    this.policies = this.inKeyOrder(this.policies);
    this.instances = this.inKeyOrder(this.instances);
    this.recoveryPoints = this.inKeyOrder(this.recoveryPoints);
    this.jobs = this.inKeyOrder(this.jobs);
    this.extensions = this.inKeyOrder(this.extensions);
    this.bindings = this.inKeyOrder(this.bindings);
    this.roleAssignments = this.inKeyOrder(this.roleAssignments);
    this.storageAccounts = this.inKeyOrder(this.storageAccounts);
    this.others = this.inKeyOrder(this.others);
    this.dropRoutedTwins();
    return new IndexedEstate(this, snapshot);
  }

  /**
   * Sorted by key (a snapshot written by export already is; live reads are not), so output never depends
   * on the order Azure listed things in. Repeats are then adjacent: the first
   * (sorting is stable) is kept — ARM ids are unique, so a repeat is a reader's mistake, listed in duplicateIds.
   */
  private inKeyOrder<V extends { id: string; key: string }>(list: V[]): V[] {
    // One comparison per neighbouring pair says both whether the list is sorted and whether it repeats a
    // key: the common case (sorted, no repeats) returns the list as it is, without copying it.
    let repeats = false;
    for (let index = 1; index < list.length; index++) {
      const order = compareKeys(list[index - 1]!, list[index]!);
      if (order > 0) {
        list.sort(compareKeys);
        repeats = true; // not known without a second look
        break;
      }
      if (order === 0) repeats = true;
    }
    if (!repeats) return list;
    const kept: V[] = [];
    for (const view of list) {
      if (kept.length > 0 && kept[kept.length - 1]!.key === view.key) this.duplicateIds.push(view.id);
      else kept.push(view);
    }
    return kept;
  }

  /**
   * An instance listed through its cluster (`<cluster>/providers/Microsoft.DataProtection/backupInstances/x`)
   * and through its vault is one instance; the vault form is kept, the other counted as a duplicate.
   */
  private dropRoutedTwins(): void {
    const keys = new Set(this.instances.map((instance) => instance.key));
    this.instances = this.instances.filter((instance) => {
      const vaultForm = vaultFormKey(instance);
      if (vaultForm === undefined || !keys.has(vaultForm)) return true;
      this.duplicateIds.push(instance.id);
      return false;
    });
  }
}

/** The vault-form key of a cluster-routed instance; undefined when the id already is in vault form. */
function vaultFormKey(instance: BackupInstanceView): string | undefined {
  if (instance.vaultKey === undefined || instance.key.startsWith(`${instance.vaultKey}/`)) return undefined;
  return `${instance.vaultKey}/backupinstances/${instance.name.toLowerCase()}`;
}

function byKey<V extends { key: string }>(views: readonly V[]): Map<string, V> {
  return new Map(views.map((view) => [view.key, view]));
}

/** Newest first; documents without a usable time go last, in id order. */
function newestFirst<V extends { key: string }>(time: (view: V) => number | undefined) {
  return (a: V, b: V): number => {
    const x = time(a) ?? -Infinity;
    const y = time(b) ?? -Infinity;
    if (x !== y) return y - x;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}

class IndexedEstate implements Estate {
  readonly capturedAt: string;
  readonly clusters: readonly ClusterView[];
  readonly vaults: readonly VaultView[];
  readonly policies: readonly PolicyView[];
  readonly instances: readonly BackupInstanceView[];
  readonly recoveryPoints: readonly RecoveryPointView[];
  readonly jobs: readonly JobView[];
  readonly extensions: readonly ExtensionView[];
  readonly bindings: readonly TrustedAccessBindingView[];
  readonly roleAssignments: readonly RoleAssignmentView[];
  readonly storageAccounts: readonly StorageAccountView[];
  readonly otherResources: readonly ArmResource[];
  readonly providers: ProviderStates;
  readonly duplicateIds: readonly string[];

  private readonly clusterByKey: Map<string, ClusterView>;
  private readonly vaultByKey: Map<string, VaultView>;
  private readonly policyByKey: Map<string, PolicyView>;
  private readonly instanceByKey: Map<string, BackupInstanceView>;
  private readonly storageAccountByKey: Map<string, StorageAccountView>;
  /** Other spellings of an instance's id (vault form of a cluster-routed id) → its key. */
  private readonly instanceAliases = new Map<string, string>();
  private readonly instancesByCluster = new MultiMap<BackupInstanceView>();
  private readonly instancesByVault = new MultiMap<BackupInstanceView>();
  private readonly policiesByVault = new MultiMap<PolicyView>();
  private readonly extensionsByCluster = new MultiMap<ExtensionView>();
  private readonly backupExtensionByCluster = new Map<string, ExtensionView>();
  private readonly bindingsByCluster = new MultiMap<TrustedAccessBindingView>();
  /** Cluster key → source (vault) key → binding. */
  private readonly bindingByClusterAndSource = new Map<string, Map<string, TrustedAccessBindingView>>();
  private readonly assignmentsByPrincipal = new MultiMap<RoleAssignmentView>();
  /** Built on first use: plan asks by principal, and 27,000 scope keys would be hashed for nothing. */
  private assignmentsByScope: MultiMap<RoleAssignmentView> | undefined;
  /**
   * Principal → scope → assignments, for the principals asked about: a vault's identity holds roles on
   * every cluster it protects, and each binding asks which of them reach its twenty-odd scopes.
   */
  private readonly assignmentsByPrincipalAndScope = new Map<
    string,
    ReadonlyMap<string, readonly RoleAssignmentView[]>
  >();
  private readonly pointsByInstance = new MultiMap<RecoveryPointView>();
  private readonly jobsByInstance = new MultiMap<JobView>();
  private readonly providerStates = new Map<string, Map<string, string>>();
  private readonly aksVersionsByLocation = new Map<string, AksVersionsView>();
  /** Instance keys whose recovery points were not read; resolved like points' instance keys. */
  private readonly unreadPoints = new Set<string>();
  private readonly countsByVault = new Map<string, VaultCount>();
  private readonly keys = new Map<string, string>();
  private lastId = '';
  private lastKey = '';

  constructor(built: EstateBuilder, snapshot: SnapshotEnvelope) {
    const providers: ProviderStates = snapshot.providers;
    this.capturedAt = snapshot.capturedAt;
    this.providers = providers;
    this.duplicateIds = built.duplicateIds;
    this.clusters = built.clusters;
    this.vaults = built.vaults;
    this.policies = built.policies;
    this.instances = built.instances;
    this.extensions = built.extensions;
    this.bindings = built.bindings;
    this.roleAssignments = built.roleAssignments;
    this.storageAccounts = built.storageAccounts;
    this.otherResources = built.others.map((other) => other.resource);
    this.recoveryPoints = built.recoveryPoints;
    this.jobs = built.jobs;

    this.clusterByKey = byKey(this.clusters);
    this.vaultByKey = byKey(this.vaults);
    this.policyByKey = byKey(this.policies);
    this.instanceByKey = byKey(this.instances);
    this.storageAccountByKey = byKey(this.storageAccounts);

    for (const instance of this.instances) {
      this.instancesByCluster.add(instance.clusterKey, instance);
      this.instancesByVault.add(instance.vaultKey, instance);
      // A cluster-routed id has no vault segment; jobs and recovery points name the vault form.
      const vaultForm = vaultFormKey(instance);
      if (vaultForm !== undefined) this.instanceAliases.set(vaultForm, instance.key);
    }
    for (const policy of this.policies) this.policiesByVault.add(policy.vaultKey, policy);
    for (const extension of this.extensions) {
      this.extensionsByCluster.add(extension.clusterKey, extension);
      if (extension.isBackupExtension && extension.clusterKey !== undefined) {
        if (!this.backupExtensionByCluster.has(extension.clusterKey)) {
          this.backupExtensionByCluster.set(extension.clusterKey, extension);
        }
      }
    }
    for (const binding of this.bindings) {
      this.bindingsByCluster.add(binding.clusterKey, binding);
      if (binding.clusterKey !== undefined && binding.sourceKey !== undefined) {
        let bySource = this.bindingByClusterAndSource.get(binding.clusterKey);
        if (!bySource) this.bindingByClusterAndSource.set(binding.clusterKey, (bySource = new Map()));
        if (!bySource.has(binding.sourceKey)) bySource.set(binding.sourceKey, binding);
      }
    }
    for (const assignment of this.roleAssignments) {
      this.assignmentsByPrincipal.add(assignment.principalKey, assignment);
    }
    for (const point of this.recoveryPoints) {
      this.pointsByInstance.add(this.resolveInstanceKey(point.instanceKey), point);
    }
    for (const job of this.jobs) this.jobsByInstance.add(this.resolveInstanceKey(job.instanceKey), job);
    for (const list of this.pointsByInstance.map.values()) list.sort(newestFirst((point) => point.timeMs));
    for (const list of this.jobsByInstance.map.values()) list.sort(newestFirst((job) => job.startMs));

    for (const [subscription, namespaces] of Object.entries(providers)) {
      const states = new Map<string, string>();
      for (const [namespace, state] of Object.entries(namespaces)) states.set(namespace.toLowerCase(), state);
      this.providerStates.set(subscription.toLowerCase(), states);
    }
    for (const [location, answer] of Object.entries(snapshot.kubernetesVersions ?? {})) {
      const view = aksVersionsView(location, answer);
      this.aksVersionsByLocation.set(view.location, view);
    }
    for (const id of snapshot.unreadRecoveryPoints ?? []) {
      this.unreadPoints.add(this.resolveInstanceKey(idKey(id))!);
    }
    for (const [vault, count] of Object.entries(snapshot.vaultCounts ?? {})) {
      this.countsByVault.set(idKey(vault), count);
    }
  }

  /**
   * The key of an id, remembered: callers ask about the same ids many times (a cluster's id for its
   * extension, bindings, instances and roles), and a string seen before is one Map lookup on a hash V8
   * has already computed, where idKey would lower-case and hash it anew.
   */
  private keyOf(id: ResourceRef): string {
    if (typeof id !== 'string') return id.key;
    // Callers ask about one cluster or instance several times in a row: the last answer comes first.
    if (id === this.lastId) return this.lastKey;
    let key = this.keys.get(id);
    if (key === undefined) {
      key = idKey(id);
      this.keys.set(id, key);
    }
    this.lastId = id;
    this.lastKey = key;
    return key;
  }

  private resolveInstanceKey(key: string | undefined): string | undefined {
    if (key === undefined) return undefined;
    return this.instanceAliases.get(key) ?? key;
  }

  cluster(id: ResourceRef): ClusterView | undefined {
    return this.clusterByKey.get(this.keyOf(id));
  }

  vault(id: ResourceRef): VaultView | undefined {
    return this.vaultByKey.get(this.keyOf(id));
  }

  policy(id: ResourceRef): PolicyView | undefined {
    return this.policyByKey.get(this.keyOf(id));
  }

  instance(id: ResourceRef): BackupInstanceView | undefined {
    const key = this.keyOf(id);
    return this.instanceByKey.get(this.instanceAliases.get(key) ?? key);
  }

  storageAccount(id: ResourceRef): StorageAccountView | undefined {
    return this.storageAccountByKey.get(this.keyOf(id));
  }

  instancesOfCluster(clusterId: ResourceRef): readonly BackupInstanceView[] {
    return this.instancesByCluster.get(this.keyOf(clusterId));
  }

  instancesInVault(vaultId: ResourceRef): readonly BackupInstanceView[] {
    return this.instancesByVault.get(this.keyOf(vaultId));
  }

  policiesInVault(vaultId: ResourceRef): readonly PolicyView[] {
    return this.policiesByVault.get(this.keyOf(vaultId));
  }

  backupExtension(clusterId: ResourceRef): ExtensionView | undefined {
    return this.backupExtensionByCluster.get(this.keyOf(clusterId));
  }

  extensionsOfCluster(clusterId: ResourceRef): readonly ExtensionView[] {
    return this.extensionsByCluster.get(this.keyOf(clusterId));
  }

  bindingsOfCluster(clusterId: ResourceRef): readonly TrustedAccessBindingView[] {
    return this.bindingsByCluster.get(this.keyOf(clusterId));
  }

  bindingFor(clusterId: ResourceRef, vaultId: ResourceRef): TrustedAccessBindingView | undefined {
    return this.bindingByClusterAndSource.get(this.keyOf(clusterId))?.get(this.keyOf(vaultId));
  }

  roleAssignmentsOfPrincipal(principalId: string): readonly RoleAssignmentView[] {
    return this.assignmentsByPrincipal.get(principalId.trim().toLowerCase());
  }

  roleAssignmentsOfPrincipalByScope(principalId: string): ReadonlyMap<string, readonly RoleAssignmentView[]> {
    const principal = principalId.trim().toLowerCase();
    let byScope = this.assignmentsByPrincipalAndScope.get(principal);
    if (!byScope) {
      const built = new MultiMap<RoleAssignmentView>();
      for (const assignment of this.assignmentsByPrincipal.get(principal))
        built.add(assignment.scopeKey, assignment);
      this.assignmentsByPrincipalAndScope.set(principal, (byScope = built.map));
    }
    return byScope;
  }

  roleAssignmentsAtScope(scope: string): readonly RoleAssignmentView[] {
    if (!this.assignmentsByScope) {
      this.assignmentsByScope = new MultiMap();
      for (const assignment of this.roleAssignments)
        this.assignmentsByScope.add(assignment.scopeKey, assignment);
    }
    return this.assignmentsByScope.get(this.keyOf(scope));
  }

  recoveryPointsOf(instanceId: ResourceRef): readonly RecoveryPointView[] {
    return this.pointsByInstance.get(this.resolveInstanceKey(this.keyOf(instanceId)) ?? '');
  }

  latestRecoveryPoint(instanceId: ResourceRef): RecoveryPointView | undefined {
    const newest = this.recoveryPointsOf(instanceId)[0];
    return newest?.timeMs === undefined ? undefined : newest;
  }

  jobsOf(instanceId: ResourceRef): readonly JobView[] {
    return this.jobsByInstance.get(this.resolveInstanceKey(this.keyOf(instanceId)) ?? '');
  }

  providerState(subscriptionId: string, namespace: string): string | undefined {
    return this.providerStates.get(subscriptionId.trim().toLowerCase())?.get(namespace.trim().toLowerCase());
  }

  aksVersions(location: string): AksVersionsView | undefined {
    return this.aksVersionsByLocation.get(locationKey(location));
  }

  recoveryPointsRead(instanceId: ResourceRef): boolean {
    return !this.unreadPoints.has(this.resolveInstanceKey(this.keyOf(instanceId)) ?? '');
  }

  vaultCounts(vaultId: ResourceRef): VaultCount | undefined {
    return this.countsByVault.get(this.keyOf(vaultId));
  }
}

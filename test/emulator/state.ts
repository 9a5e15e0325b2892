/**
 * The emulator's Azure: ARM documents keyed by lower-cased id (ARM ids compare case-insensitively,
 * AZURE-FACTS.md Traps 4), provider registrations, and the management-group table. ARM reads see a write
 * at once; Resource Graph may see it later (AZURE-FACTS.md §5.5: ARG is eventually consistent), which is
 * what the `lag` fault models through `graphVisibleAt`.
 */
import type { ArmResource, EstateSnapshot, KubernetesVersionsAnswer } from '../../src/estate/snapshot.js';

interface Entry {
  /** What ARM GET returns now; undefined once deleted. */
  current: ArmResource | undefined;
  /** What Resource Graph returns until `graphVisibleAt`; undefined when it did not know the resource. */
  previous: ArmResource | undefined;
  graphVisibleAt: number;
}

export interface WriteOptions {
  /** Milliseconds before Resource Graph reflects the write (0: at once). */
  graphLagMs?: number;
  now?: number;
}

export class EmulatorState {
  private readonly entries = new Map<string, Entry>();
  private readonly providerStates = new Map<string, Map<string, string>>();
  /** The snapshot's `kubernetesVersions`: what AKS answers per location (arm/kubernetes-versions.ts). */
  private readonly versionAnswers = new Map<string, KubernetesVersionsAnswer>();
  private readonly knownSubscriptions = new Set<string>();
  private readonly knownResourceGroups = new Set<string>();
  /** Lower-cased collection path (the id without its last segment) to the lower-cased ids in it. */
  private readonly children = new Map<string, Set<string>>();
  /**
   * Lower-cased `principalId` to the lower-cased ids of its live role assignments: the readiness check of
   * every validateForBackup and instance PUT asks for a few principals' grants, and scanning every
   * document for them made each request linear in the estate.
   */
  private readonly assignmentsByPrincipal = new Map<string, Set<string>>();
  readonly managementGroups: ReadonlyMap<string, readonly string[]>;
  /** Bumped on every write or delete, so query results can be cached between pages. */
  version = 0;
  /** Latest instant at which some write becomes visible to Resource Graph. */
  private graphSettlesAt = 0;

  constructor(snapshot: EstateSnapshot, managementGroups: Record<string, string[]> = {}) {
    for (const doc of snapshot.resources) this.write(doc);
    for (const [subscription, namespaces] of Object.entries(snapshot.providers)) {
      const states = new Map<string, string>();
      for (const [namespace, state] of Object.entries(namespaces)) states.set(namespace.toLowerCase(), state);
      this.providerStates.set(subscription.toLowerCase(), states);
      this.knownSubscriptions.add(subscription.toLowerCase());
    }
    for (const [location, answer] of Object.entries(snapshot.kubernetesVersions ?? {})) {
      this.versionAnswers.set(location.toLowerCase(), structuredClone(answer));
    }
    this.managementGroups = new Map(
      Object.entries(managementGroups).map(([group, subs]) => [
        group.toLowerCase(),
        subs.map((s) => s.toLowerCase()),
      ]),
    );
    for (const subs of this.managementGroups.values())
      for (const sub of subs) this.knownSubscriptions.add(sub);
  }

  /** Upserts a document. The hook the write side of the emulator will use. */
  write(doc: ArmResource, options: WriteOptions = {}): void {
    const key = doc.id.toLowerCase();
    const existing = this.entries.get(key);
    const now = options.now ?? Date.now();
    const lag = options.graphLagMs ?? 0;
    this.version++;
    this.graphSettlesAt = Math.max(this.graphSettlesAt, now + lag);
    this.entries.set(key, {
      current: structuredClone(doc),
      previous: lag > 0 ? this.graphView(existing, now) : undefined,
      graphVisibleAt: now + lag,
    });
    this.indexAssignment(key, existing?.current, doc);
    const subscription = subscriptionOf(doc.id);
    if (subscription !== undefined) this.knownSubscriptions.add(subscription);
    const group = resourceGroupPathOf(doc.id);
    if (group !== undefined) this.knownResourceGroups.add(group);
    const collection = collectionPathOf(key);
    let members = this.children.get(collection);
    if (members === undefined) this.children.set(collection, (members = new Set()));
    members.add(key);
  }

  delete(id: string, options: WriteOptions = {}): boolean {
    const key = id.toLowerCase();
    const existing = this.entries.get(key);
    if (existing?.current === undefined) return false;
    const now = options.now ?? Date.now();
    const lag = options.graphLagMs ?? 0;
    this.version++;
    this.graphSettlesAt = Math.max(this.graphSettlesAt, now + lag);
    this.entries.set(key, {
      current: undefined,
      previous: lag > 0 ? this.graphView(existing, now) : undefined,
      graphVisibleAt: now + lag,
    });
    this.children.get(collectionPathOf(key))?.delete(key);
    this.indexAssignment(key, existing.current, undefined);
    return true;
  }

  /** Live role assignments whose `principalId` is this one (compared case-insensitively). */
  roleAssignmentsOf(principalId: string): ArmResource[] {
    const keys = this.assignmentsByPrincipal.get(principalId.toLowerCase());
    if (keys === undefined) return [];
    return [...keys].flatMap((key) => {
      const doc = this.entries.get(key)?.current;
      return doc ? [doc] : [];
    });
  }

  private indexAssignment(
    key: string,
    before: ArmResource | undefined,
    after: ArmResource | undefined,
  ): void {
    const principal = assignmentPrincipal(before);
    if (principal !== undefined) this.assignmentsByPrincipal.get(principal)?.delete(key);
    const next = assignmentPrincipal(after);
    if (next === undefined) return;
    let keys = this.assignmentsByPrincipal.get(next);
    if (keys === undefined) this.assignmentsByPrincipal.set(next, (keys = new Set()));
    keys.add(key);
  }

  /** Live documents directly in a collection such as `{vaultId}/backupInstances`, sorted by id. */
  collection(path: string): ArmResource[] {
    const members = this.children.get(path.toLowerCase().replace(/\/+$/, ''));
    if (members === undefined) return [];
    return [...members].sort().flatMap((key) => {
      const doc = this.entries.get(key)?.current;
      return doc ? [doc] : [];
    });
  }

  hasResourceGroup(subscriptionId: string, resourceGroup: string): boolean {
    return this.knownResourceGroups.has(
      `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}`.toLowerCase(),
    );
  }

  get(id: string): ArmResource | undefined {
    return this.entries.get(id.toLowerCase())?.current;
  }

  /** Every live document, in no particular order. */
  armDocuments(): ArmResource[] {
    return [...this.entries.values()].flatMap((entry) => (entry.current ? [entry.current] : []));
  }

  /** What Resource Graph shows at `now`. */
  graphDocuments(now = Date.now()): ArmResource[] {
    return [...this.entries.values()].flatMap((entry) => {
      const doc = this.graphView(entry, now);
      return doc ? [doc] : [];
    });
  }

  /** True while some write has not yet reached Resource Graph (its view still changes with time). */
  graphSettling(now = Date.now()): boolean {
    return now < this.graphSettlesAt;
  }

  hasSubscription(subscriptionId: string): boolean {
    return this.knownSubscriptions.has(subscriptionId.toLowerCase());
  }

  subscriptions(): string[] {
    return [...this.knownSubscriptions];
  }

  /**
   * Registration state of a namespace. Namespaces a known subscription has not listed are
   * `NotRegistered`, as ARM reports for a real provider the subscription never registered.
   */
  providerState(subscriptionId: string, namespace: string): string | undefined {
    if (!this.hasSubscription(subscriptionId)) return undefined;
    return (
      this.providerStates.get(subscriptionId.toLowerCase())?.get(namespace.toLowerCase()) ?? 'NotRegistered'
    );
  }

  /** The snapshot's answer for a location's Kubernetes versions, if it has one. */
  kubernetesVersions(location: string): KubernetesVersionsAnswer | undefined {
    return this.versionAnswers.get(location.toLowerCase());
  }

  /** Sets a namespace's registration state (the write side's provider registration). */
  setProviderState(subscriptionId: string, namespace: string, registrationState: string): void {
    const key = subscriptionId.toLowerCase();
    let states = this.providerStates.get(key);
    if (states === undefined) this.providerStates.set(key, (states = new Map()));
    states.set(namespace.toLowerCase(), registrationState);
    this.knownSubscriptions.add(key);
    this.version++;
  }

  private graphView(entry: Entry | undefined, now: number): ArmResource | undefined {
    if (entry === undefined) return undefined;
    return now >= entry.graphVisibleAt ? entry.current : entry.previous;
  }
}

/** The lower-cased principal of a role assignment document; undefined for anything else. */
function assignmentPrincipal(doc: ArmResource | undefined): string | undefined {
  if (doc === undefined || doc.type.toLowerCase() !== 'microsoft.authorization/roleassignments')
    return undefined;
  const principal = (doc.properties as { principalId?: unknown } | undefined)?.principalId;
  return typeof principal === 'string' ? principal.toLowerCase() : undefined;
}

function collectionPathOf(lowerId: string): string {
  return lowerId.slice(0, lowerId.lastIndexOf('/'));
}

function resourceGroupPathOf(id: string): string | undefined {
  return /^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+/i.exec(id)?.[0]?.toLowerCase();
}

export function subscriptionOf(id: string): string | undefined {
  const match = /^\/subscriptions\/([^/]+)/i.exec(id);
  return match?.[1]?.toLowerCase();
}

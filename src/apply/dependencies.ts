/**
 * Which planned changes must be done before which: the plan's phases (providers → extension → trusted
 * access → roles → policy → instance, src/plan/model.ts) within the resources one change actually relies on.
 * Anything not linked runs in parallel (within the per-subscription bound), so one slow cluster never
 * holds up the others, and one failure stops only what depends on it.
 *
 * A change depends on:
 *  - the provider registrations of its subscription and of its cluster's subscription;
 *  - for a backup instance, the earlier-phase changes of the same cluster (by id: names repeat across
 *    resource groups) — a binding or an extension needs nothing else of its cluster;
 *  - for a role assignment of the extension's identity, that cluster's extension (the principal is known
 *    only after it exists);
 *  - for a backup instance, its policy; and, as soft dependencies (waited for, but their failure does not
 *    stop it), every role assignment on its cluster or snapshot resource group, whichever cluster planned
 *    it (shared scopes are planned once, for the first cluster).
 */
import { idKey } from '../estate/arm-id.js';
import type { PlannedChange } from '../plan/model.js';

const EXTENSIONS = '/providers/microsoft.kubernetesconfiguration/extensions/';
const BINDINGS = '/trustedaccessrolebindings/';
const ROLE_ASSIGNMENTS = '/providers/microsoft.authorization/roleassignments/';

export interface Dependencies {
  /** Must be done first: if one is not done, this change is not attempted. */
  hard: Set<number>;
  /**
   * Should be finished first, done or not: role assignments on a scope the instance shares with other
   * clusters (a snapshot resource group). Whether the instance really lacks one of them is for
   * validateForBackup to say, so their failure does not stop it.
   */
  soft: Set<number>;
}

/** For each change (by index), the indexes of the changes it waits for. */
export function dependenciesOf(changes: readonly PlannedChange[]): Dependencies[] {
  const facts = changes.map(factsOf);
  return changes.map((change, i) => {
    const mine = facts[i]!;
    const needs = new Set<number>();
    const soft = new Set<number>();
    changes.forEach((other, j) => {
      if (j === i || other.phase >= change.phase) return;
      const theirs = facts[j]!;
      if (
        other.kind === 'providerRegistration' &&
        (theirs.subscription === mine.subscription || theirs.subscription === mine.clusterSubscription)
      ) {
        needs.add(j);
      } else if (
        mine.clusterKey !== undefined &&
        theirs.clusterKey === mine.clusterKey &&
        // Only the instance needs everything on its cluster; the extension identity's role needs the
        // extension; a binding or an extension needs nothing of the cluster's.
        (change.kind === 'backupInstance' || (change.kind === 'roleAssignment' && other.kind === 'extension'))
      ) {
        needs.add(j);
      } else if (change.kind === 'backupInstance') {
        if (other.kind === 'backupPolicy' && mine.policyKey === idKey(other.id)) needs.add(j);
        if (
          other.kind === 'roleAssignment' &&
          theirs.scopeKey !== undefined &&
          mine.scopes.has(theirs.scopeKey)
        )
          soft.add(j);
      }
    });
    return { hard: needs, soft };
  });
}

interface Facts {
  subscription?: string;
  clusterKey?: string;
  clusterSubscription?: string;
  policyKey?: string;
  /** A role assignment's scope. */
  scopeKey?: string;
  /** Scopes an instance needs roles on: its cluster and its snapshot resource group. */
  scopes: Set<string>;
}

function factsOf(change: PlannedChange): Facts {
  const key = idKey(change.id);
  const facts: Facts = { subscription: subscriptionOf(key), scopes: new Set() };
  let cluster: string | undefined;
  if (change.kind === 'extension') cluster = key.slice(0, key.indexOf(EXTENSIONS));
  if (change.kind === 'trustedAccessBinding') cluster = key.slice(0, key.indexOf(BINDINGS));
  if (change.kind === 'roleAssignment') {
    facts.scopeKey = key.slice(0, key.indexOf(ROLE_ASSIGNMENTS));
    if (change.principal?.kind === 'extension') cluster = idKey(change.principal.clusterId);
  }
  if (change.kind === 'backupInstance') {
    const properties = (change.body as InstanceBody | undefined)?.properties;
    const resourceId = properties?.dataSourceInfo?.resourceID;
    if (resourceId) cluster = idKey(resourceId.startsWith('/') ? resourceId : `/${resourceId}`);
    const policyId = properties?.policyInfo?.policyId;
    if (policyId) facts.policyKey = idKey(policyId);
    const group = properties?.policyInfo?.policyParameters?.dataStoreParametersList?.[0]?.resourceGroupId;
    if (group) facts.scopes.add(idKey(group));
  }
  // Role assignments on shared scopes name the first cluster that needed them; they are not that
  // cluster's own, so only the scope links them (above). Everything else may say its cluster outright.
  if (cluster === undefined && change.clusterId && change.kind !== 'roleAssignment')
    cluster = idKey(change.clusterId);
  if (cluster !== undefined && cluster !== '') {
    facts.clusterKey = cluster;
    facts.clusterSubscription = subscriptionOf(cluster);
    facts.scopes.add(cluster);
  }
  return facts;
}

export interface InstanceBody {
  properties?: {
    dataSourceInfo?: { resourceID?: string };
    policyInfo?: {
      policyId?: string;
      policyParameters?: { dataStoreParametersList?: { resourceGroupId?: string }[] };
    };
  };
}

export function subscriptionOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]?.toLowerCase();
}

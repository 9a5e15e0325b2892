import type { ClusterSelector, DesiredCluster, DesiredState } from '../config/model.js';
import type { ClusterView, Estate } from '../estate/model.js';
import type { Finding } from '../report/model.js';
import type { ClusterBinding } from './model.js';

/** Findings the plan raises itself, about the desired state meeting the estate. */
export const PLAN_RULES = {
  clusterNotFound: 'PLAN001',
  selectorMatchesNothing: 'PLAN002',
  clusterClaimedTwice: 'PLAN003',
} as const;

/**
 * Resolves every cluster entry to real clusters: an `id` to its cluster, a `match:` selector to every
 * cluster it matches. A cluster listed by id belongs to that entry; otherwise the first selector in file
 * order that matches it wins, and later ones are told so. Pure.
 */
export function expandClusters(
  state: DesiredState,
  estate: Estate,
): { bindings: ClusterBinding[]; findings: Finding[] } {
  const bindings: ClusterBinding[] = [];
  const findings: Finding[] = [];
  const claimedBy = new Map<string, DesiredCluster>();

  for (const entry of state.clusters) {
    if (entry.target.kind !== 'id') continue;
    const id = entry.target.id;
    const cluster = estate.cluster(id.id);
    claimedBy.set(id.key, entry);
    if (!cluster) {
      findings.push({
        ruleId: PLAN_RULES.clusterNotFound,
        severity: 'error',
        message: `cluster ${id.name} is not in the estate: check the id, and that the credential can read subscription ${id.subscriptionId}`,
        resourceId: id.id,
        cluster: id.name,
        ...at(entry),
        exempted: false,
      });
    }
    bindings.push({
      desired: entry,
      clusterId: cluster?.id ?? id.id,
      clusterKey: id.key,
      clusterName: cluster?.name ?? id.name,
      ...(cluster ? { cluster } : {}),
      viaSelector: false,
    });
  }

  const candidates = candidatesFor(estate.clusters);
  for (const entry of state.clusters) {
    if (entry.target.kind !== 'selector') continue;
    const selector = entry.target.selector;
    let matched = 0;
    for (const cluster of candidates(selector)) {
      if (!matches(selector, cluster)) continue;
      matched++;
      const owner = claimedBy.get(cluster.key);
      if (owner) {
        if (owner.target.kind === 'selector' && owner !== entry) {
          findings.push({
            ruleId: PLAN_RULES.clusterClaimedTwice,
            severity: 'info',
            message: `cluster ${cluster.name} also matches the selector of clusters[${entry.index}]; the earlier entry clusters[${owner.index}] applies`,
            resourceId: cluster.id,
            cluster: cluster.name,
            ...at(entry),
            exempted: false,
          });
        }
        continue;
      }
      claimedBy.set(cluster.key, entry);
      bindings.push({
        desired: entry,
        clusterId: cluster.id,
        clusterKey: cluster.key,
        clusterName: cluster.name,
        cluster,
        viaSelector: true,
      });
    }
    if (matched === 0) {
      findings.push({
        ruleId: PLAN_RULES.selectorMatchesNothing,
        severity: 'warning',
        message: `the selector of clusters[${entry.index}] matches no cluster in the estate`,
        ...at(entry),
        exempted: false,
      });
    }
  }
  return { bindings, findings };
}

/**
 * The clusters a selector can match, in estate order: those of its subscriptions when it names any, so
 * an estate of one selector per subscription costs clusters, not clusters × selectors.
 */
function candidatesFor(clusters: readonly ClusterView[]): (selector: ClusterSelector) => ClusterView[] {
  let bySubscription: Map<string, ClusterView[]> | undefined;
  return (selector) => {
    if (!selector.subscriptions) return [...clusters];
    if (!bySubscription) {
      bySubscription = new Map();
      for (const cluster of clusters) {
        const key = (cluster.subscriptionId ?? '').toLowerCase();
        const list = bySubscription.get(key);
        if (list) list.push(cluster);
        else bySubscription.set(key, [cluster]);
      }
    }
    const wanted = new Set(selector.subscriptions.map((s) => s.toLowerCase()));
    const lists = [...wanted].map((s) => bySubscription?.get(s) ?? []);
    // One subscription keeps estate order as it is; several are merged back into it.
    if (lists.length === 1) return lists[0] ?? [];
    const picked = new Set(lists.flat());
    return clusters.filter((cluster) => picked.has(cluster));
  };
}

function at(entry: DesiredCluster): Pick<Finding, 'file' | 'line' | 'column'> {
  return { file: entry.source.file, line: entry.source.line, column: entry.source.column };
}

/**
 * Every given criterion must hold. Subscriptions, groups and locations compare case-insensitively (ARM
 * does); tag names are case-insensitive in Azure and tag values are not
 * (https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources).
 */
export function matches(selector: ClusterSelector, cluster: ClusterView): boolean {
  const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
  if (
    selector.subscriptions &&
    !selector.subscriptions.some((s) => lower(s) === lower(cluster.subscriptionId))
  )
    return false;
  if (
    selector.resourceGroups &&
    !selector.resourceGroups.some((g) => lower(g) === lower(cluster.resourceGroup))
  )
    return false;
  if (
    selector.locations &&
    !selector.locations.some((l) => lower(l) === lower(cluster.location).replace(/\s+/g, ''))
  )
    return false;
  if (selector.names && !selector.names.some((pattern) => glob(pattern).test(cluster.name))) return false;
  if (selector.tags) {
    const tags = new Map(Object.entries(cluster.tags).map(([k, v]) => [k.toLowerCase(), v]));
    for (const [name, value] of Object.entries(selector.tags)) {
      if (tags.get(name.toLowerCase()) !== value) return false;
    }
  }
  return true;
}

function glob(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`, 'i');
}

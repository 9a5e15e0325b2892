/**
 * Keys for ARM ids and types as the estate indexes them. ARM compares ids and types case-insensitively,
 * and real documents disagree on casing (`managedClusters` vs `managedclusters`, `backupVaults` vs
 * `Backupvaults`; Resource Graph lower-cases `type`) and sometimes drop the leading `/` of an id
 * (the `resourceId` parameter of ListBackupInstancesExtensionRouting.json) — AZURE-FACTS.md §4.10.4,
 * §5.2, trap 4. Every lookup therefore goes through `idKey`, never through the text as written.
 */

/** Lower-cased, with exactly one leading `/` and no trailing `/`: the form every index is keyed by. */
export function idKey(id: string): string {
  let key = id.trim().toLowerCase();
  if (!key.startsWith('/')) key = `/${key}`;
  while (key.length > 1 && key.endsWith('/')) key = key.slice(0, -1);
  return key;
}

/** The id with the leading `/` restored, casing kept: for display and for ARM URLs. */
export function normaliseId(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** Lower-cased resource type, as Resource Graph reports it. */
export function typeKey(type: string): string {
  return type.trim().toLowerCase();
}

/**
 * The key of the ancestor that a child collection hangs off: `parentKey(k, 'backupjobs')` turns
 * `…/backupvaults/v/backupjobs/j` into `…/backupvaults/v`. `childSegment` is lower-case, without slashes.
 * Uses the last occurrence, so a parent whose own name equals the segment still resolves.
 */
export function parentKey(key: string, childSegment: string): string | undefined {
  const at = key.lastIndexOf(needleOf(childSegment));
  return at > 0 ? key.slice(0, at) : undefined;
}

const needles = new Map<string, string>();
/** `/segment/`, made once per segment: parentKey runs for most of an estate's 150,000 documents. */
function needleOf(segment: string): string {
  let needle = needles.get(segment);
  if (needle === undefined) needles.set(segment, (needle = `/${segment}/`));
  return needle;
}

/** The last segment of an id: a resource's own name, a role definition's GUID, a job's id. */
export function lastSegment(id: string): string {
  const trimmed = id.trim().replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export interface IdParts {
  /** Lower-cased. */
  subscriptionId?: string;
  /** As written. */
  resourceGroup?: string;
}

/** Subscription and resource group of an id, when it has them (role assignments at `/` do not). */
export function idParts(id: string): IdParts {
  const path = normaliseId(id);
  const parts: IdParts = {};
  // The first four segments, found without splitting the whole id.
  const [first, second, third, fourth] = leadingSegments(path, 4);
  if (first?.toLowerCase() === 'subscriptions' && second) {
    parts.subscriptionId = second.toLowerCase();
    if (third?.toLowerCase() === 'resourcegroups' && fourth) parts.resourceGroup = fourth;
  }
  return parts;
}

/** Up to `count` segments after the leading `/`, as `split('/')` would give them from index 1. */
function leadingSegments(path: string, count: number): string[] {
  const segments: string[] = [];
  let start = 1;
  while (segments.length < count && start <= path.length) {
    const end = path.indexOf('/', start);
    segments.push(path.slice(start, end === -1 ? path.length : end));
    if (end === -1) break;
    start = end + 1;
  }
  return segments;
}

/** ARM location names are lower-case without spaces (`westeurope`); documents also carry `WestEurope`. */
export function locationKey(location: string): string {
  return location.replace(/\s+/g, '').toLowerCase();
}

/** The resource types the estate models, lower-cased (Resource Graph's spelling). */
export const RESOURCE_TYPES = {
  managedCluster: 'microsoft.containerservice/managedclusters',
  trustedAccessBinding: 'microsoft.containerservice/managedclusters/trustedaccessrolebindings',
  backupVault: 'microsoft.dataprotection/backupvaults',
  backupPolicy: 'microsoft.dataprotection/backupvaults/backuppolicies',
  backupInstance: 'microsoft.dataprotection/backupvaults/backupinstances',
  recoveryPoint: 'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints',
  backupJob: 'microsoft.dataprotection/backupvaults/backupjobs',
  extension: 'microsoft.kubernetesconfiguration/extensions',
  roleAssignment: 'microsoft.authorization/roleassignments',
  storageAccount: 'microsoft.storage/storageaccounts',
} as const;

export type ResourceTypeName = keyof typeof RESOURCE_TYPES;

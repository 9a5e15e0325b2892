/**
 * Parsing of the Azure Resource Manager ids a user writes. Every id that will later reach a KQL query or
 * an ARM URL passes through here first, so the accepted alphabet is deliberately narrow: letters, digits
 * and `. _ - ( ) /`. Quotes, spaces, `|`, `;`, `?`, `#`, `%` and the like are refused with the column of
 * the first offending character.
 *
 * Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 * (resource groups 1-90 of alphanumerics, `_ - . ( )`, not ending in `.`; managed clusters 1-63 of
 * alphanumerics, `_ -`, starting and ending alphanumeric; storage accounts 3-24 lower-case
 * alphanumerics; blob containers 3-63 lower-case alphanumerics and single hyphens). Backup vault names
 * follow the Data Protection spec: 2-50 chars, `^[A-Za-z][-A-Za-z0-9]*[A-Za-z0-9]$` (AZURE-FACTS.md §4.2).
 * ARM compares ids case-insensitively, so `key` is the lower-cased form used for every lookup.
 */

export type ResourceKind =
  'managedCluster' | 'backupVault' | 'storageAccount' | 'resourceGroup' | 'userAssignedIdentity';

export interface ResourceId {
  /** As the user wrote it. */
  id: string;
  /** Lower-cased, for case-insensitive comparison. */
  key: string;
  subscriptionId: string;
  resourceGroup: string;
  /** The last segment: the resource's own name. */
  name: string;
  kind: ResourceKind;
}

export type ParseResult = { ok: true; value: ResourceId } | { ok: false; reason: string; offset?: number };

interface KindSpec {
  label: string;
  /** Provider namespace and type, or undefined for a resource group. */
  providerType?: [string, string];
  namePattern: RegExp;
  nameRule: string;
  example: string;
}

const SUBSCRIPTION = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/;
const SAFE_CHARS = /^[A-Za-z0-9._()\-/]*$/;
const EXAMPLE_SUB = '00000000-0000-0000-0000-000000000000';

const KINDS: Record<ResourceKind, KindSpec> = {
  managedCluster: {
    label: 'AKS cluster',
    providerType: ['Microsoft.ContainerService', 'managedClusters'],
    namePattern: /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/,
    nameRule: '1-63 letters, digits, - or _, starting and ending with a letter or digit',
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks-prod`,
  },
  backupVault: {
    label: 'Backup vault',
    providerType: ['Microsoft.DataProtection', 'backupVaults'],
    namePattern: /^[A-Za-z][-A-Za-z0-9]{0,48}[A-Za-z0-9]$/,
    nameRule: '2-50 letters, digits or -, starting with a letter and ending with a letter or digit',
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-weu`,
  },
  storageAccount: {
    label: 'storage account',
    providerType: ['Microsoft.Storage', 'storageAccounts'],
    namePattern: /^[a-z0-9]{3,24}$/,
    nameRule: '3-24 lower-case letters or digits',
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-backup/providers/Microsoft.Storage/storageAccounts/staksbackup`,
  },
  userAssignedIdentity: {
    label: 'user-assigned identity',
    providerType: ['Microsoft.ManagedIdentity', 'userAssignedIdentities'],
    namePattern: /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/,
    nameRule: '3-128 letters, digits, - or _, starting with a letter or digit',
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-id/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-backup`,
  },
  resourceGroup: {
    label: 'resource group',
    namePattern: RESOURCE_GROUP,
    nameRule: "1-90 letters, digits, '.', '_', '-', '(' or ')', not ending in '.'",
    example: `/subscriptions/${EXAMPLE_SUB}/resourceGroups/rg-aks-snapshots`,
  },
};

export function kindLabel(kind: ResourceKind): string {
  return KINDS[kind].label;
}

export function kindExample(kind: ResourceKind): string {
  return KINDS[kind].example;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^AKS/.test(word) ? 'an' : 'a';
}

function describeChar(ch: string): string {
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (ch === "'") return 'a single quote';
  if (ch === '"') return 'a double quote';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `a control character (U+${code.toString(16).padStart(4, '0')})`;
  return `'${ch}'`;
}

/** Names (blob containers, namespaces) that are checked on their own rather than as part of an id. */
export const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;

/** `expected an AKS cluster id like /subscriptions/...`, the end of most messages: built once per kind. */
const EXPECTED_ID = Object.fromEntries(
  Object.entries(KINDS).map(([kind, spec]) => [
    kind,
    `expected ${article(spec.label)} ${spec.label} id like ${spec.example}`,
  ]),
) as Record<ResourceKind, string>;

export function parseResourceId(text: string, kind: ResourceKind): ParseResult {
  const spec = KINDS[kind];
  const expected = EXPECTED_ID[kind];
  if (!SAFE_CHARS.test(text)) {
    const offset = [...text].findIndex((ch) => !SAFE_CHARS.test(ch));
    const ch = [...text][offset] ?? '';
    return {
      ok: false,
      offset,
      reason: `${describeChar(ch)} at position ${offset + 1} is not allowed in an Azure resource id (${expected})`,
    };
  }
  if (!text.startsWith('/'))
    return { ok: false, reason: `an Azure resource id starts with '/': ${expected}` };
  const parts = text.slice(1).split('/');
  if (parts.some((p) => p === ''))
    return { ok: false, reason: `the id has an empty segment ('//' or a trailing '/'): ${expected}` };

  const [subLiteral, subscriptionId, rgLiteral, resourceGroup, ...rest] = parts;
  if (subLiteral?.toLowerCase() !== 'subscriptions' || subscriptionId === undefined) {
    return { ok: false, reason: `the id must start with /subscriptions/<subscription-guid>: ${expected}` };
  }
  if (!SUBSCRIPTION.test(subscriptionId)) {
    return { ok: false, reason: `'${subscriptionId}' is not a subscription id (a GUID): ${expected}` };
  }
  if (rgLiteral?.toLowerCase() !== 'resourcegroups' || resourceGroup === undefined) {
    return { ok: false, reason: `the id must continue with /resourceGroups/<name>: ${expected}` };
  }
  if (!RESOURCE_GROUP.test(resourceGroup)) {
    return {
      ok: false,
      reason: `'${resourceGroup}' is not a valid resource group name (${KINDS.resourceGroup.nameRule})`,
    };
  }

  if (spec.providerType === undefined) {
    if (rest.length > 0)
      return { ok: false, reason: `a resource group id ends after the group name: ${expected}` };
    return { ok: true, value: build(text, subscriptionId, resourceGroup, resourceGroup, kind) };
  }

  const [providersLiteral, namespace, type, name, ...extra] = rest;
  const [wantNamespace, wantType] = spec.providerType;
  if (
    providersLiteral?.toLowerCase() !== 'providers' ||
    namespace?.toLowerCase() !== wantNamespace.toLowerCase() ||
    type?.toLowerCase() !== wantType.toLowerCase() ||
    name === undefined
  ) {
    const found = rest.length >= 3 ? ` (found ${rest.slice(1, 3).join('/')})` : '';
    return {
      ok: false,
      reason: `not ${article(spec.label)} ${spec.label} id: expected .../providers/${wantNamespace}/${wantType}/<name>${found}`,
    };
  }
  if (extra.length > 0) {
    return { ok: false, reason: `the id has extra segments after the ${spec.label} name: ${expected}` };
  }
  if (!spec.namePattern.test(name)) {
    return { ok: false, reason: `'${name}' is not a valid ${spec.label} name (${spec.nameRule})` };
  }
  return { ok: true, value: build(text, subscriptionId, resourceGroup, name, kind) };
}

function build(
  id: string,
  subscriptionId: string,
  resourceGroup: string,
  name: string,
  kind: ResourceKind,
): ResourceId {
  return {
    id,
    key: id.toLowerCase(),
    subscriptionId: subscriptionId.toLowerCase(),
    resourceGroup,
    name,
    kind,
  };
}

/** Subscription ids in selectors: a bare GUID. */
export function isSubscriptionId(text: string): boolean {
  return SUBSCRIPTION.test(text);
}

export function isResourceGroupName(text: string): boolean {
  return RESOURCE_GROUP.test(text);
}

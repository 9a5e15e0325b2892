/**
 * How Resource Graph files ARM documents into tables (AZURE-FACTS.md §5.2, sources ARGTAB, BKARG, AZPS):
 * clusters, vaults and storage accounts in `Resources`; Data Protection instances, policies and jobs in
 * `RecoveryServicesResources`; cluster extensions in `KubernetesConfigurationResources`; role assignments
 * in `AuthorizationResources`. Trusted-access bindings and recovery points are not in Resource Graph at
 * all, so they are in no table here either. Every table has the standard ARG columns; `type` is
 * lower-cased as ARG returns it (AZURE-FACTS.md §4.10 item 4).
 */
import { KqlError } from '../kql/lexer.js';
import type { ColumnType, Row, TableSource } from '../kql/evaluate.js';

export const EMULATED_TABLES = [
  'Resources',
  'RecoveryServicesResources',
  'KubernetesConfigurationResources',
  'AuthorizationResources',
] as const;
export type TableName = (typeof EMULATED_TABLES)[number];

/** Real Resource Graph tables the emulator does not hold: named in the error so the cause is obvious. */
const OTHER_ARG_TABLES = [
  'ResourceContainers',
  'AdvisorResources',
  'AlertsManagementResources',
  'ExtendedLocationResources',
  'GuestConfigurationResources',
  'HealthResources',
  'IoTSecurityResources',
  'MaintenanceResources',
  'PatchAssessmentResources',
  'PatchInstallationResources',
  'PolicyResources',
  'ResourceChanges',
  'SecurityResources',
  'ServiceHealthResources',
  'SpotResources',
  'DesktopVirtualizationResources',
  'NetworkResources',
  'ComputeResources',
];

export const STANDARD_COLUMNS: ReadonlyMap<string, ColumnType> = new Map<string, ColumnType>([
  ['id', 'string'],
  ['name', 'string'],
  ['type', 'string'],
  ['tenantId', 'string'],
  ['kind', 'string'],
  ['location', 'string'],
  ['resourceGroup', 'string'],
  ['subscriptionId', 'string'],
  ['managedBy', 'string'],
  ['sku', 'dynamic'],
  ['plan', 'dynamic'],
  ['properties', 'dynamic'],
  ['tags', 'dynamic'],
  ['identity', 'dynamic'],
  ['zones', 'dynamic'],
  ['extendedLocation', 'dynamic'],
]);

const NOT_IN_GRAPH = new Set([
  'microsoft.containerservice/managedclusters/trustedaccessrolebindings',
  'microsoft.dataprotection/backupvaults/backupinstances/recoverypoints',
]);

const TABLE_BY_TYPE: Record<string, TableName> = {
  'microsoft.dataprotection/backupvaults/backupinstances': 'RecoveryServicesResources',
  'microsoft.dataprotection/backupvaults/backuppolicies': 'RecoveryServicesResources',
  'microsoft.dataprotection/backupvaults/backupjobs': 'RecoveryServicesResources',
  'microsoft.kubernetesconfiguration/extensions': 'KubernetesConfigurationResources',
  'microsoft.authorization/roleassignments': 'AuthorizationResources',
};

/** The table a document lands in, or undefined for types Resource Graph does not index. */
export function tableForType(type: string): TableName | undefined {
  const lower = type.toLowerCase();
  if (NOT_IN_GRAPH.has(lower)) return undefined;
  return TABLE_BY_TYPE[lower] ?? 'Resources';
}

/** Table names are matched case-insensitively (`resources` works in ARG as in the portal samples). */
export function resolveTableName(name: string, offset: number): TableName {
  const emulated = EMULATED_TABLES.find((table) => table.toLowerCase() === name.toLowerCase());
  if (emulated !== undefined) return emulated;
  const known = OTHER_ARG_TABLES.find((table) => table.toLowerCase() === name.toLowerCase());
  if (known !== undefined) {
    throw new KqlError(`table '${known}' is a Resource Graph table the emulator does not hold`, offset);
  }
  throw new KqlError(`unknown table '${name}'`, offset);
}

export interface GraphDocument {
  [key: string]: unknown;
  id: string;
  type: string;
}

export interface RowOptions {
  tenantId: string;
  /** Emulates the PascalCase property keys Resource Graph shows for extensions (AZURE-FACTS.md §5.2). */
  pascalCaseExtensionKeys: boolean;
}

export function toRow(doc: GraphDocument, options: RowOptions): Row {
  const segments = doc.id.split('/');
  const at = (label: string): string => {
    const i = segments.findIndex((s) => s.toLowerCase() === label);
    return i >= 0 ? (segments[i + 1] ?? '') : '';
  };
  const type = doc.type.toLowerCase();
  let properties: unknown = doc.properties ?? null;
  if (options.pascalCaseExtensionKeys && type === 'microsoft.kubernetesconfiguration/extensions') {
    properties = pascalCaseTopLevel(properties);
  }
  return {
    id: doc.id,
    name: (doc.name as string | undefined) ?? segments.at(-1) ?? '',
    type,
    tenantId: options.tenantId,
    kind: (doc.kind as string | undefined) ?? '',
    location: (doc.location as string | undefined) ?? '',
    resourceGroup: at('resourcegroups'),
    subscriptionId: at('subscriptions'),
    managedBy: (doc.managedBy as string | undefined) ?? '',
    sku: doc.sku ?? null,
    plan: doc.plan ?? null,
    properties,
    tags: doc.tags ?? null,
    identity: doc.identity ?? null,
    zones: doc.zones ?? null,
    extendedLocation: doc.extendedLocation ?? null,
  };
}

function pascalCaseTopLevel(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key.charAt(0).toUpperCase() + key.slice(1), inner]),
  );
}

export function tableSource(rows: Row[]): TableSource {
  return { columns: STANDARD_COLUMNS, rows };
}

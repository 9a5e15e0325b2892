/**
 * Between ARM documents and Resource Graph rows. A family's projection becomes flat KQL columns
 * (`properties_storageProfile = properties.storageProfile`), and each row is folded back into the nested
 * ARM shape. The same fold, applied to a row computed from a document, gives `projectDocument`: what a
 * live read returns for that document, so a snapshot file and a live read can be compared exactly.
 *
 * Missing values: Resource Graph returns null both for "absent" and for "null", so a projected value that
 * is null (or an empty string for top-level text fields) is left out of the document.
 */
import type { ArmResource } from '../estate/snapshot.js';
import type { FamilyContext, ResourceFamily } from './resource-families.js';
import { kqlString } from './safe-input.js';

export interface ProjectedColumn {
  column: string;
  /** Path inside the ARM document, e.g. ['properties', 'storageProfile']. */
  path: string[];
}

const PATH_SEGMENT = /^[A-Za-z][A-Za-z0-9]*$/;

export function projectedColumns(family: ResourceFamily): ProjectedColumn[] {
  const columns: ProjectedColumn[] = [
    { column: 'id', path: ['id'] },
    ...family.fields.map((field) => ({ column: field, path: [field] })),
  ];
  if (family.properties === 'all') {
    columns.push({ column: 'properties', path: ['properties'] });
  } else {
    for (const property of family.properties) {
      const path = ['properties', ...property.split('.')];
      if (!path.every((segment) => PATH_SEGMENT.test(segment)))
        throw new Error(`bad property path '${property}'`);
      columns.push({ column: path.join('_'), path });
    }
  }
  return columns;
}

/** The family's KQL: table, type, filter, projection in ARM shape, ordered by id for stable paging. */
export function familyQuery(
  family: ResourceFamily,
  ctx: FamilyContext,
  clusterIds?: readonly string[],
): string {
  const lines = [family.table, `| where type =~ ${kqlString(family.graphType)}`];
  if (family.filter) lines.push(`| where ${family.filter.kql(ctx)}`);
  if (clusterIds !== undefined && family.key === 'managedClusters') {
    lines.push(`| where id in~ (${clusterIds.map((id) => kqlString(id)).join(', ')})`);
  }
  const projection = projectedColumns(family).map(({ column, path }) =>
    path.length === 1 ? column : `${column} = ${path.join('.')}`,
  );
  lines.push(`| project ${projection.join(', ')}`);
  lines.push('| order by id asc');
  return lines.join('\n');
}

const TEXT_FIELDS = new Set(['name', 'location', 'kind']);

function isAbsent(column: string, value: unknown): boolean {
  return value === null || value === undefined || (TEXT_FIELDS.has(column) && value === '');
}

/** Folds a Resource Graph row (or a row computed from a document) into the ARM document shape. */
export function documentFromRow(row: Record<string, unknown>, family: ResourceFamily): ArmResource {
  const doc: ArmResource = { id: String(row.id), type: family.armType };
  for (const { column, path } of projectedColumns(family)) {
    if (column === 'id') continue;
    let value = row[column];
    if (isAbsent(column, value)) continue;
    if (column === 'properties' && family.normaliseProperties && isObject(value)) {
      value = family.normaliseProperties(value);
    }
    setPath(doc, path, structuredClone(value));
  }
  // Keys in a fixed order (id, name, type, then the rest) so documents compare and print predictably.
  const { id, name, type, ...rest } = doc;
  return { id, ...(name !== undefined ? { name } : {}), type, ...rest } as ArmResource;
}

/** The row Resource Graph would return for a document under the family's projection. */
export function rowFromDocument(doc: ArmResource, family: ResourceFamily): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const { column, path } of projectedColumns(family)) row[column] = getPath(doc, path) ?? null;
  return row;
}

/** What a live read returns for this document. */
export function projectDocument(doc: ArmResource, family: ResourceFamily): ArmResource {
  return documentFromRow(rowFromDocument(doc, family), family);
}

export function familyOf(doc: ArmResource, families: readonly ResourceFamily[]): ResourceFamily | undefined {
  const type = doc.type.toLowerCase();
  return families.find((family) => family.graphType === type);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function getPath(value: unknown, path: string[]): unknown {
  let current = value;
  for (const segment of path) {
    if (!isObject(current) || !Object.hasOwn(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let current = target;
  for (const segment of path.slice(0, -1)) {
    if (!isObject(current[segment])) current[segment] = {};
    current = current[segment] as Record<string, unknown>;
  }
  current[path.at(-1)!] = value;
}

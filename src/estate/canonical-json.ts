/**
 * Deterministic JSON text: the same value always prints to the same bytes, whatever order its keys were
 * built in, so an exported snapshot round-trips byte for byte and diffs between two exports show only
 * real changes.
 *
 * - Object keys are sorted by UTF-16 code unit at every level (the order of RFC 8785), never by locale.
 * - Two-space indentation; non-empty objects always span lines.
 * - Lists of scalars go on one line when they fit in PRINT_WIDTH columns, else one item per line — and
 *   lists of numbers fill lines. This is how Prettier prints JSON, so committed snapshots such as
 *   examples/estate.json pass the repository's `prettier --check` unchanged (test/estate checks this
 *   against Prettier itself). Width counts code points; Prettier counts East Asian wide characters
 *   as two, which only matters for such text in a list near the line limit.
 * - Values JSON.stringify would drop (undefined, functions) are dropped; numbers print as JSON.stringify
 *   prints them, with Prettier's `1e21` for `1e+21`.
 *
 * Recursion follows the value's nesting; loaded snapshots are bounded by the loader, live documents
 * nest about a dozen levels.
 */

import { byCodeUnit } from '../util/order.js';

/** `printWidth` of .prettierrc.json. */
export const PRINT_WIDTH = 110;

/** An object whose keys print in the given order (the caller's), with canonical values. */
export function printJsonEntries(entries: readonly (readonly [string, unknown])[]): string {
  const kept = entries.filter(([, value]) => isPrintable(value));
  if (kept.length === 0) return '{}\n';
  return `${printEntries(kept, 0)}\n`;
}

/** Canonical text of any JSON value, with a final newline. */
export function printCanonicalJson(value: unknown): string {
  return `${render(value, 0, 0, 0)}\n`;
}

/**
 * Canonical text without whitespace, the same value always giving the same string: keys sorted by UTF-16
 * code unit at every level as RFC 8785 orders them, scalars as JSON.stringify writes them. For hashing,
 * where the pretty printer's line fitting would be wasted work (a tenth of the time on 10,000 clusters).
 */
export function compactCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      text += `${index === 0 ? '' : ','}${isPrintable(item) ? compactCanonicalJson(item) : 'null'}`;
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '{';
  let first = true;
  for (const [key, label] of keysInCodeUnitOrder(record)) {
    const item = record[key];
    if (!isPrintable(item)) continue;
    text += `${first ? '' : ','}${label}${compactCanonicalJson(item)}`;
    first = false;
  }
  return `${text}}`;
}

/** Each key with its printed `"key":`, in code-unit order; the same for every object with these keys. */
type OrderedKeys = readonly (readonly [key: string, label: string])[];

const orderedKeysBySet = new Map<string, OrderedKeys>();
/** Key sets remembered at most: an estate's views have a few dozen shapes; maps (tags) may have many. */
const MAX_KEY_SETS = 4096;

/**
 * Sorting and quoting the keys was most of hashing 100,000 views for the plan's digest, and views of one
 * kind all have the same keys: the order is worked out once per set of keys (in the order they were
 * added). A key with NUL in it could make two sets join alike, so such sets are not remembered.
 */
function keysInCodeUnitOrder(record: Record<string, unknown>): OrderedKeys {
  const keys = Object.keys(record);
  // The count keeps `{}` and `{"": …}` apart; NUL between keys, the rest.
  const set = `${keys.length}:${keys.join('\u0000')}`;
  const known = orderedKeysBySet.get(set);
  if (known) return known;
  const ordered: OrderedKeys = keys.sort(byCodeUnit).map((key) => [key, `${JSON.stringify(key)}:`] as const);
  if (orderedKeysBySet.size < MAX_KEY_SETS && !keys.some((key) => key.includes('\u0000')))
    orderedKeysBySet.set(set, ordered);
  return ordered;
}

function isPrintable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

function spaces(count: number): string {
  return ' '.repeat(count);
}

function width(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * @param indent columns of indentation of the line the value starts on
 * @param lead columns already used on that line before the value
 * @param trail columns that follow the value on its last line (1 for a `,`)
 */
function render(value: unknown, indent: number, lead: number, trail: number): string {
  if (value === null || typeof value !== 'object') return scalar(value);
  if (Array.isArray(value)) return renderArray(value, indent, lead, trail);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => isPrintable(record[key]))
    .sort(byCodeUnit);
  if (keys.length === 0) return '{}';
  return printEntries(
    keys.map((key) => [key, record[key]] as const),
    indent,
  );
}

function printEntries(entries: readonly (readonly [string, unknown])[], indent: number): string {
  const inner = indent + 2;
  const lines = entries.map(([key, item], index) => {
    const name = `${JSON.stringify(key)}: `;
    const trail = index < entries.length - 1 ? 1 : 0;
    return `${spaces(inner)}${name}${render(item, inner, inner + width(name), trail)}`;
  });
  return `{\n${lines.join(',\n')}\n${spaces(indent)}}`;
}

function renderArray(items: readonly unknown[], indent: number, lead: number, trail: number): string {
  if (items.length === 0) return '[]';
  if (canBeFlat(items) && !prettierForcesBreak(items)) {
    const flat = flatText(items);
    if (lead + width(flat) + trail <= PRINT_WIDTH) return flat;
  }
  const inner = indent + 2;
  if (items.length > 1 && items.every((item) => typeof item === 'number'))
    return fillNumbers(items as number[], indent);
  const lines = items.map(
    (item, index) => `${spaces(inner)}${render(item, inner, inner, index < items.length - 1 ? 1 : 0)}`,
  );
  return `[\n${lines.join(',\n')}\n${spaces(indent)}]`;
}

/**
 * A list can print on one line unless something in it is a non-empty object, which always spans lines,
 * or a nested list Prettier always breaks (a list inside a flat list would be flat too).
 */
function canBeFlat(items: readonly unknown[]): boolean {
  return items.every((item) => {
    if (item === null || typeof item !== 'object') return true;
    if (Array.isArray(item)) return !prettierForcesBreak(item) && canBeFlat(item);
    return Object.keys(item).every((key) => !isPrintable((item as Record<string, unknown>)[key]));
  });
}

/** Prettier always breaks a list of two or more lists that each hold two or more items. */
function prettierForcesBreak(items: readonly unknown[]): boolean {
  return items.length > 1 && items.every((item) => Array.isArray(item) && item.length > 1);
}

function flatText(items: readonly unknown[]): string {
  const parts = items.map((item) => {
    if (Array.isArray(item)) return item.length === 0 ? '[]' : flatText(item);
    if (item !== null && typeof item === 'object') return '{}';
    return scalar(item);
  });
  return `[${parts.join(', ')}]`;
}

/** Prettier's `fill` for lists of numbers: as many per line as fit, each line checked with the next item. */
function fillNumbers(items: readonly number[], indent: number): string {
  const inner = indent + 2;
  const contents = items.map((item, index) => `${scalar(item)}${index < items.length - 1 ? ',' : ''}`);
  const lines: string[] = [];
  let line = contents[0] ?? '';
  for (let index = 1; index < contents.length; index++) {
    const next = contents[index] ?? '';
    if (inner + width(line) + 1 + width(next) <= PRINT_WIDTH) {
      line = `${line} ${next}`;
    } else {
      lines.push(line);
      line = next;
    }
  }
  lines.push(line);
  return `[\n${lines.map((text) => `${spaces(inner)}${text}`).join('\n')}\n${spaces(indent)}]`;
}

function scalar(value: unknown): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? JSON.stringify(value).replace('e+', 'e') : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  return 'null';
}

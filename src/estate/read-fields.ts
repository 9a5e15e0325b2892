/**
 * Tolerant readers for ARM documents. Documents arrive from ARM GETs, Resource Graph rows and hand-edited
 * snapshots, so any field may be missing, `null`, differently cased (Resource Graph's
 * KubernetesConfigurationResources rows use `ExtensionType`; AZURE-FACTS.md §5.2) or of a looser type
 * (Resource Graph samples compare `isUserTriggered` with the string 'true'; §5.3). These helpers turn
 * all of that into `undefined` or a typed value and never throw, so an odd document degrades a view
 * instead of crashing the build.
 */

import { sharedList, sharedMap } from './shared-values.js';

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/**
 * `object[name]`, or failing that the first own key equal to `name` ignoring case. The exact spelling is
 * tried first, so the common case costs one property read. `name` is always an ARM field name chosen by
 * this code, never an Object.prototype member, so the direct read cannot pick up an inherited value.
 */
export function field(object: unknown, name: string): unknown {
  if (object === null || typeof object !== 'object' || Array.isArray(object)) return undefined;
  const record = object as JsonObject;
  const direct = record[name];
  if (direct !== undefined || Object.hasOwn(record, name)) return direct;
  // Absent optional fields come this way on every document: compare without making lower-case copies.
  for (const key in record) {
    if (key.length === name.length && sameIgnoringCase(key, name) && Object.hasOwn(record, key))
      return record[key];
  }
  return undefined;
}

/** Equal ignoring case, as `a.toLowerCase() === b.toLowerCase()` says, for strings of equal length. */
function sameIgnoringCase(a: string, b: string): boolean {
  for (let at = 0; at < a.length; at++) {
    const x = a.charCodeAt(at);
    const y = b.charCodeAt(at);
    if (x === y) continue;
    // Beyond ASCII, lower-casing can change lengths and letters: let toLowerCase decide.
    if (x > 0x7f || y > 0x7f) return a.toLowerCase() === b.toLowerCase();
    if ((x | 0x20) !== (y | 0x20) || (x | 0x20) < 0x61 || (x | 0x20) > 0x7a) return false;
  }
  return true;
}

/** Follows a path of field names, each matched as `field` does. */
export function path(object: unknown, ...names: string[]): unknown {
  let current = object;
  for (const name of names) {
    current = field(current, name);
    if (current === undefined || current === null) return undefined;
  }
  return current;
}

/** A non-empty string, else undefined (ARM examples use "" for "not set", e.g. `resourceLocation`). */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The string at a path of up to three field names, matched as `field` does. Named parameters, not a rest
 * list: this runs some fifteen times per document, and a rest list is an array made each time.
 */
export function stringAt(
  object: unknown,
  first: string,
  second?: string,
  third?: string,
): string | undefined {
  // field() is undefined for anything that is not an object, null included, as path() stops there.
  let value = field(object, first);
  if (second !== undefined) value = field(value, second);
  if (third !== undefined) value = field(value, third);
  return asString(value);
}

/** true/false, also from the strings 'true'/'false' in any case (Resource Graph projections). */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  return undefined;
}

/** A finite number, also from a numeric string. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string items of a list; null, absent and non-list values give an empty list. Shared and frozen. */
export function asStrings(value: unknown): readonly string[] {
  return sharedList(asArray(value).filter((item): item is string => typeof item === 'string'));
}

/**
 * A string map (tags, extension configurationSettings). Non-string values are stringified, since
 * Azure stores them as strings (AZURE-FACTS.md §3: "All values are strings"); nulls are dropped.
 * Built with Object.fromEntries, which defines own properties, so a `__proto__` key stays data. Shared
 * and frozen (shared-values.ts): documents with the same map as JSON get the same object.
 */
export function asStringMap(value: unknown): Readonly<Record<string, string>> {
  const record = asObject(value);
  if (!record) return NO_STRINGS;
  return sharedMap(JSON.stringify(record), () => {
    const entries: [string, string][] = [];
    for (const [key, item] of Object.entries(record)) {
      if (item === null || item === undefined) continue;
      entries.push([key, typeof item === 'string' ? item : JSON.stringify(item)]);
    }
    return Object.fromEntries(entries);
  });
}

const NO_STRINGS: Readonly<Record<string, string>> = Object.freeze({});

/** A tag's value, matching the tag name case-insensitively as Azure does. */
export function tagValue(tags: Readonly<Record<string, string>>, name: string): string | undefined {
  const found = field(tags, name);
  return typeof found === 'string' ? found : undefined;
}

/** `{code, message}` of an Azure error object (CloudError body, UserFacingError), if it has either. */
export function asErrorSummary(value: unknown): { code?: string; message?: string } | undefined {
  const record = asObject(value);
  if (!record) return undefined;
  const code = stringAt(record, 'code');
  const message = stringAt(record, 'message');
  if (code === undefined && message === undefined) return undefined;
  return { ...(code !== undefined ? { code } : {}), ...(message !== undefined ? { message } : {}) };
}

/**
 * One copy of the values thousands of documents repeat: a role definition id, `ServicePrincipal`, a
 * policy name, `['OperationalStore']`, an extension's storage settings. JSON.parse shares strings of up to
 * nine characters and nothing else: every longer string, every list and every map arrives new with each
 * document, and the estate keeps them for as long as it lives. Measured on the 10,000-cluster benchmark
 * estate (heap samples of what the estate retains): lists of one document type alone held 7 MB in
 * recovery points' `dataStoreTypes` and 4 MB in instances' backup settings, each list with room to grow.
 *
 * What comes back is frozen, since other views hold the same object. The pools are bounded, so an
 * estate of values that never repeat does not also grow an index of them; past the bound, values are
 * returned as they came (frozen, for lists and maps, all the same).
 */

const MAX_ENTRIES = 1 << 16;

/** Strings of up to this many characters are shared by JSON.parse already (V8 internalizes them). */
const SHARED_BY_PARSER = 9;

const strings = new Map<string, string>();
const lists = new Map<string, readonly string[]>();
const maps = new Map<string, Readonly<Record<string, string>>>();

/** The one copy of a string. */
export function sharedString<T extends string | undefined>(value: T): T {
  if (value === undefined || value.length <= SHARED_BY_PARSER) return value;
  const known = strings.get(value);
  if (known !== undefined) return known as T;
  if (strings.size < MAX_ENTRIES) strings.set(value, value);
  return value;
}

const EMPTY_LIST: readonly string[] = Object.freeze([]);

/** The one copy of a list of strings (frozen; the same items in the same order). */
export function sharedList(values: readonly string[]): readonly string[] {
  if (values.length === 0) return EMPTY_LIST;
  // Items are joined with NUL, which Azure does not put in these fields; a list that has one anyway is
  // not shared, so two different lists can never meet under one key.
  if (values.some((value) => value.includes('\u0000'))) return Object.freeze([...values]);
  const key = values.join('\u0000');
  const known = lists.get(key);
  if (known !== undefined) return known;
  const list = Object.freeze(values.map(sharedString));
  if (lists.size < MAX_ENTRIES) lists.set(key, list);
  return list;
}

/**
 * The one copy of a string map (tags, configuration settings), by a key that says what it was made from
 * (the caller's: the document's map as JSON text costs one native call, where taking it apart first to
 * make a key cost twice that); `make` builds it the first time. Its values are shared strings.
 */
export function sharedMap(key: string, make: () => Record<string, string>): Readonly<Record<string, string>> {
  const known = maps.get(key);
  if (known !== undefined) return known;
  const map = make();
  for (const name of Object.keys(map)) map[name] = sharedString(map[name]!);
  Object.freeze(map);
  if (maps.size < MAX_ENTRIES) maps.set(key, map);
  return map;
}

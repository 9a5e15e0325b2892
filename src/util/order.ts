/**
 * Orders strings by UTF-16 code unit (the order of RFC 8785): the same on every machine and locale,
 * unlike localeCompare. Snapshots, digests and reads sort with it so equal estates give equal bytes.
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

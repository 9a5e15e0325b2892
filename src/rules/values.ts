import { parseDuration } from '../config/duration.js';

/** Shared comparisons for keywords and checks: case-insensitive text, dotted versions, ISO durations. */

/** ARM compares names case-insensitively, and docs write regions with spaces ("West Europe"). */
export function normaliseText(value: unknown): string {
  return String(value).toLowerCase().replace(/\s+/g, '');
}

/**
 * Case-insensitive equality of two strings. Exact equality first: values read from Azure usually agree in
 * case, and lower-casing allocates two strings on every comparison of the hot rule loops.
 */
export function sameText(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** `1.31.2`, `v1.31`, `1.31`: major, minor, patch (missing parts are 0). */
export function parseVersion(text: unknown): [number, number, number] | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

export function compareVersions(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

export function minorOf(version: [number, number, number]): string {
  return `${version[0]}.${version[1]}`;
}

const durationCache = new Map<string, number | undefined>();
/** Seconds of an ISO 8601 (or `4h`-style) duration; cached because the same few strings repeat. */
export function durationSeconds(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (durationCache.has(text)) return durationCache.get(text);
  const parsed = parseDuration(text);
  const seconds = parsed.ok ? parsed.value.seconds : undefined;
  if (durationCache.size < 10_000) durationCache.set(text, seconds);
  return seconds;
}

/** Milliseconds since the epoch of an ISO instant, or undefined. */
export function instantMs(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Case-insensitive ARM scope containment: `/subscriptions/a` covers `/subscriptions/a/resourceGroups/b`. */
export function scopeCovers(scope: string, target: string): boolean {
  const s = scope.toLowerCase().replace(/\/+$/, '');
  const t = target.toLowerCase().replace(/\/+$/, '');
  return t === s || t.startsWith(`${s}/`) || s === '';
}

/** The last segment of an id (`…/roleDefinitions/<guid>` → `<guid>`), lower-cased. */
export function lastSegment(id: string): string {
  const parts = id.split('/').filter((p) => p !== '');
  return (parts.at(-1) ?? '').toLowerCase();
}

/**
 * Durations as people write them (`4h`, `7d`, `2w`, `1d12h`) or as Azure writes them (ISO 8601 `PT4H`,
 * `P7D`). Months and years are refused: their length varies, and Azure Backup's retention bounds are
 * stated in days (AZURE-FACTS.md §1.1).
 */
export interface Duration {
  /** As written. */
  text: string;
  seconds: number;
  /** ISO 8601, as Data Protection policies carry it: `PT4H`, `P1D`, `P30D`. */
  iso: string;
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const SHORT = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
/** Upper bound: ten years, far above any retention Azure accepts; stops absurd numbers early. */
const MAX_SECONDS = 10 * 366 * 86400;

export type DurationResult = { ok: true; value: Duration } | { ok: false; reason: string };

export function parseDuration(text: string): DurationResult {
  const trimmed = text.trim();
  const match = SHORT.exec(trimmed.toLowerCase()) ?? ISO.exec(trimmed.toUpperCase());
  if (trimmed === '' || trimmed.toUpperCase() === 'P' || trimmed.toUpperCase().endsWith('T') || !match) {
    const hint = durationHint(trimmed);
    return {
      ok: false,
      reason: `'${text}' is not a duration${hint}; use e.g. 4h, 7d, 2w or ISO 8601 like PT4H, P7D`,
    };
  }
  const [w, d, h, m, s] = match.slice(1).map((g) => Number(g ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const seconds = w * UNIT_SECONDS.w! + d * UNIT_SECONDS.d! + h * UNIT_SECONDS.h! + m * UNIT_SECONDS.m! + s;
  if (seconds <= 0) return { ok: false, reason: `'${text}' is zero: a duration must be positive` };
  if (seconds > MAX_SECONDS) return { ok: false, reason: `'${text}' is longer than ten years` };
  return { ok: true, value: { text, seconds, iso: toIso(seconds) } };
}

const WORD_UNITS: [RegExp, string][] = [
  [/^(\d+)\s*(?:weeks?|wks?)$/i, 'w'],
  [/^(\d+)\s*days?$/i, 'd'],
  [/^(\d+)\s*(?:hours?|hrs?)$/i, 'h'],
  [/^(\d+)\s*(?:minutes?|mins?)$/i, 'm'],
];

function durationHint(text: string): string {
  if (/^\d+$/.test(text)) return ` (a bare number has no unit: write '${text}h' or '${text}d')`;
  for (const [pattern, unit] of WORD_UNITS) {
    const match = pattern.exec(text);
    if (match) return ` (write '${match[1]}${unit}')`;
  }
  if (/^\d+\s*(?:mo|months?|y|yrs?|years?)$/i.test(text) || /^P(?:\d+Y|\d+M)/i.test(text)) {
    return ' (months and years vary in length: write days, e.g. 30d or 365d)';
  }
  return '';
}

/** Canonical ISO 8601: whole days as `P<n>D`, the rest as `PT…`. Weeks become days, as Azure stores them. */
export function toIso(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  let rest = seconds - days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** Human form for messages: `4h`, `7d`, `1d12h`. */
export function formatDuration(seconds: number): string {
  const parts: string[] = [];
  let rest = seconds;
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_SECONDS[unit]!;
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return parts.join('') || '0s';
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM`, 24-hour. Data Protection rejects `T24:00:00` and hour-only times (AZURE-FACTS.md §4.5). */
export function parseTimeOfDay(text: string): { ok: true; value: string } | { ok: false; reason: string } {
  if (TIME_OF_DAY.test(text)) return { ok: true, value: text };
  return {
    ok: false,
    reason: `'${text}' is not a time of day: write HH:MM in 24-hour form, e.g. 02:00 or 18:30`,
  };
}

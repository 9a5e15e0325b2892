/**
 * Instants and durations as Azure writes them. Data Protection documents job `duration` as ISO 8601, but
 * its own example is a .NET TimeSpan (`"00:02:11.9724387"`, ListJobs.json), so both are read
 * (AZURE-FACTS.md §4.10.3). Policies carry ISO 8601 durations (`PT4H`, `P7D`, `P12W`) and timestamps with
 * offsets (`2019-11-20T08:00:00-08:00`) or seven fractional digits (`2021-03-17T03:00:03.7604146Z`).
 * Parsers return undefined for anything else; they never throw.
 */

/** A duration as written, with its length when it has a fixed one. */
export interface DurationValue {
  text: string;
  /** Undefined when the text is not a duration or has years or months, whose length varies. */
  seconds?: number;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}:?\d{2})$/;

/**
 * Milliseconds since the epoch of an RFC 3339 / ISO 8601 date-time with a zone, or undefined.
 * Stricter than Date.parse, which rolls 2026-02-30 over into March and accepts dates without a zone.
 */
export function parseInstant(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  return parseCanonicalInstant(text) ?? parseAnyInstant(text);
}

/**
 * The spelling Azure writes — `2026-11-20T02:00:30Z`, `2021-03-17T03:00:03.7604146Z`,
 * `2019-11-20T08:00:00-08:00` — read digit by digit: an estate has two or three per job and recovery
 * point, and the general pattern below costs several times as much. Anything else, including every
 * invalid date, is left to parseAnyInstant (undefined here), which gives the same answer the slow way.
 */
function parseCanonicalInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 20 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  if (text.charCodeAt(10) !== UPPER_T || text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) {
    return undefined;
  }
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === DOT) {
    const from = ++at;
    while (at < length && isDigit(text.charCodeAt(at))) at++;
    if (at === from) return undefined;
    millis = Math.floor(Number(`0.${text.slice(from, at)}`) * 1000);
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(at);
  if (zone === UPPER_Z && at + 1 === length) {
    offsetMinutes = 0;
  } else if ((zone === PLUS || zone === DASH) && at + 6 === length && text.charCodeAt(at + 3) === COLON) {
    const hours = digitsAt(text, at + 1, 2);
    const minutes = digitsAt(text, at + 4, 2);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
    offsetMinutes = (zone === DASH ? -1 : 1) * (hours * 60 + minutes);
  } else {
    return undefined;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

const DASH = 0x2d;
const COLON = 0x3a;
const DOT = 0x2e;
const PLUS = 0x2b;
const UPPER_T = 0x54;
const UPPER_Z = 0x5a;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The number written by `count` digits at `from`, or -1 when any of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at++) {
    const code = text.charCodeAt(at);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 0x30);
  }
  return value;
}

/** Every spelling the pattern allows: lower-case `t`/`z`, a space, no seconds, `,` fractions, `+0100`. */
function parseAnyInstant(text: string): number | undefined {
  const match = INSTANT.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
  const zone = match[8] ?? 'Z';
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 23 || minutes > 59) return undefined;
    offsetMinutes = (digits.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const ISO_DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);
const SECONDS_PER = { W: 604_800, D: 86_400, H: 3_600, M: 60, S: 1 } as const;

/** ISO 8601 durations: `PT4H`, `P1D`, `P12W`, `PT2M11.97S`. Years and months parse without `seconds`. */
export function parseIsoDuration(text: string): DurationValue | undefined {
  const trimmed = text.trim();
  const match = ISO_DURATION.exec(trimmed);
  // 'P' alone and a dangling 'T' match the pattern but are not durations.
  if (!match || /^P$|T$/i.test(trimmed)) return undefined;
  const [years, months, weeks, days, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part.replace(',', '.'))));
  if (years || months) return { text };
  const total =
    (weeks ?? 0) * SECONDS_PER.W +
    (days ?? 0) * SECONDS_PER.D +
    (hours ?? 0) * SECONDS_PER.H +
    (minutes ?? 0) * SECONDS_PER.M +
    (seconds ?? 0) * SECONDS_PER.S;
  return { text, seconds: total };
}

const TIME_SPAN = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/** .NET TimeSpan "c" format: `[-][d.]hh:mm:ss[.fffffff]`, e.g. `00:02:11.9724387` or `1.02:00:00`. */
export function parseTimeSpan(text: string): DurationValue | undefined {
  const match = TIME_SPAN.exec(text.trim());
  if (!match) return undefined;
  const [, sign, days, hours, minutes, seconds, fraction] = match;
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (h > 23 || m > 59 || s > 59) return undefined;
  const total =
    Number(days ?? 0) * 86_400 + h * 3_600 + m * 60 + s + (fraction ? Number(`0.${fraction}`) : 0);
  return { text, seconds: sign ? -total : total };
}

/** A job's `duration`: either notation (AZURE-FACTS.md §4.10.3). */
export function parseJobDuration(text: string): DurationValue | undefined {
  return parseTimeSpan(text) ?? parseIsoDuration(text);
}

import { parseInstant, parseIsoDuration, type DurationValue } from './time.js';

/**
 * One entry of a backup rule's `trigger.schedule.repeatingTimeIntervals`: ISO 8601 repeating intervals,
 * `R/<start>/<period>` (e.g. `R/2023-01-04T09:00:00+00:00/PT4H` in the az CLI's AKS template,
 * AZURE-FACTS.md §4.5). Weekly (`P1W`) and start-less (`R/PT4H`) forms occur in the wild and are parsed
 * too, so the rules stage can name them rather than this stage dropping them.
 */
export interface RepeatingInterval {
  text: string;
  /** `R5/…` gives 5; plain `R/…` repeats without end. */
  repetitions?: number;
  /** The start as written, offset included: it fixes the time of day of each backup. */
  start?: string;
  startMs?: number;
  every?: DurationValue;
}

export function parseRepeatingInterval(text: string): RepeatingInterval {
  const parts = text.trim().split('/');
  const interval: RepeatingInterval = { text };
  const head = parts[0]?.toUpperCase() ?? '';
  if (!/^R\d*$/.test(head) || parts.length < 2 || parts.length > 3) return interval;
  if (head.length > 1) interval.repetitions = Number(head.slice(1));
  const period = parts.at(-1) ?? '';
  const every = parseIsoDuration(period);
  if (every) interval.every = every;
  if (parts.length === 3) {
    const start = parts[1] ?? '';
    interval.start = start;
    const startMs = parseInstant(start);
    if (startMs !== undefined) interval.startMs = startMs;
  }
  return interval;
}

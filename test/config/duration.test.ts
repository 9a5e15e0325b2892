import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration, parseTimeOfDay, toIso } from '../../src/config/duration.js';

describe('parseDuration', () => {
  it.each([
    ['4h', 4 * 3600, 'PT4H'],
    ['24h', 86400, 'P1D'],
    ['7d', 7 * 86400, 'P7D'],
    ['2w', 14 * 86400, 'P14D'],
    ['1d12h', 36 * 3600, 'P1DT12H'],
    ['90m', 5400, 'PT1H30M'],
    ['PT4H', 4 * 3600, 'PT4H'],
    ['P7D', 7 * 86400, 'P7D'],
    ['P1W', 7 * 86400, 'P7D'],
    ['p30d', 30 * 86400, 'P30D'],
    ['P1DT6H', 30 * 3600, 'P1DT6H'],
  ])('%s is %i seconds, %s in ISO 8601', (text, seconds, iso) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: { text, seconds, iso } });
  });

  it.each([
    ['4', "write '4h' or '4d'"],
    ['7 days', "write '7d'"],
    ['12 hours', "write '12h'"],
    ['1 month', 'months and years vary'],
    ['P1Y', 'months and years vary'],
    ['P1M', 'months and years vary'],
    ['', 'is not a duration'],
    ['P', 'is not a duration'],
    ['PT', 'is not a duration'],
    ['4x', 'is not a duration'],
    ['-4h', 'is not a duration'],
    ['0h', 'zero'],
    ['99999w', 'longer than ten years'],
  ])('refuses %j with a hint (%s)', (text, hint) => {
    const result = parseDuration(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(hint);
  });
});

describe('toIso and formatDuration', () => {
  it('round-trips the interval values Azure Backup allows', () => {
    for (const hours of [4, 6, 8, 12, 24]) {
      const iso = toIso(hours * 3600);
      const parsed = parseDuration(iso);
      expect(parsed.ok && parsed.value.seconds).toBe(hours * 3600);
    }
  });
  it('formats for people', () => {
    expect(formatDuration(36 * 3600)).toBe('1d12h');
    expect(formatDuration(0)).toBe('0s');
  });
});

describe('parseTimeOfDay', () => {
  it.each(['00:00', '02:00', '23:59'])('accepts %s', (t) => expect(parseTimeOfDay(t).ok).toBe(true));
  // Data Protection rejects hour-only and T24:00:00 times (AZURE-FACTS.md §4.5).
  it.each(['24:00', '2:00', '02', '02:60', 'noon'])('refuses %s', (t) =>
    expect(parseTimeOfDay(t).ok).toBe(false),
  );
});

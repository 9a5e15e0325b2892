import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseRepeatingInterval } from '../../src/estate/schedule.js';
import { parseInstant, parseIsoDuration, parseJobDuration, parseTimeSpan } from '../../src/estate/time.js';

describe('parseInstant', () => {
  it('reads UTC, offsets and seven fractional digits as Data Protection writes them', () => {
    expect(parseInstant('2026-11-20T06:00:00Z')).toBe(Date.UTC(2026, 10, 20, 6));
    expect(parseInstant('2019-11-20T08:00:00-08:00')).toBe(Date.UTC(2019, 10, 20, 16));
    expect(parseInstant('2021-03-17T03:00:03.7604146Z')).toBe(Date.UTC(2021, 2, 17, 3, 0, 3, 760));
  });

  it('refuses dates that do not exist, which Date.parse rolls over', () => {
    expect(parseInstant('2026-02-30T00:00:00Z')).toBeUndefined();
    expect(parseInstant('2026-13-01T00:00:00Z')).toBeUndefined();
    expect(parseInstant('2026-11-20T24:00:00Z')).toBeUndefined();
    expect(parseInstant('2028-02-29T00:00:00Z')).toBe(Date.UTC(2028, 1, 29));
    expect(parseInstant('2100-02-29T00:00:00Z')).toBeUndefined();
  });

  it('refuses text without a zone or in other notations', () => {
    expect(parseInstant('2026-11-20T06:00:00')).toBeUndefined();
    expect(parseInstant('20 Nov 2026')).toBeUndefined();
    expect(parseInstant(42)).toBeUndefined();
  });

  it('reads the other spellings RFC 3339 allows', () => {
    expect(parseInstant(' 2026-11-20t06:00z ')).toBe(Date.UTC(2026, 10, 20, 6));
    expect(parseInstant('2026-11-20 06:00:00,5+0100')).toBe(Date.UTC(2026, 10, 20, 5, 0, 0, 500));
  });

  // The digit-by-digit reading of Azure's usual spelling must agree with the general pattern (the
  // reference below is the pattern alone) on valid, invalid and nearly valid text alike.
  it('agrees with the general pattern on every text, the usual spelling or not', () => {
    const reference = (text: string): number | undefined => {
      const match =
        /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?([Zz]|[+-]\d{2}:?\d{2})$/.exec(
          text.trim(),
        );
      if (!match) return undefined;
      const [y, mo, d, h, mi, s] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
      const leap = y! % 4 === 0 && (y! % 100 !== 0 || y! % 400 === 0);
      const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo! - 1] ?? 0;
      if (mo! < 1 || mo! > 12 || d! < 1 || d! > days || h! > 23 || mi! > 59 || s! > 59) return undefined;
      const millis = match[7] ? Math.floor(Number(`0.${match[7]}`) * 1000) : 0;
      const zone = match[8]!.replace(':', '');
      const offset = /^[Zz]$/.test(zone) ? 0 : Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5));
      if (!/^[Zz]$/.test(zone) && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(3, 5)) > 59))
        return undefined;
      return (
        Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, millis) - (zone.startsWith('-') ? -offset : offset) * 60_000
      );
    };
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          fc.integer({ min: 0, max: 25 }),
          fc.integer({ min: 0, max: 61 }),
          fc.integer({ min: 0, max: 61 }),
          fc.option(fc.stringMatching(/^[0-9]{1,9}$/)),
          fc.constantFrom('Z', 'z', '+01:00', '-08:00', '+24:00', '-05:60', '+0100', '', 'Zx'),
          fc.constantFrom('T', 't', ' ', 'X'),
          fc.nat({ max: 30 }),
          fc.string({ maxLength: 2 }),
        ),
        ([y, mo, d, h, mi, s, fraction, zone, separator, cut, noise]) => {
          const two = (n: number): string => String(n).padStart(2, '0');
          const text = `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}${separator}${two(h)}:${two(mi)}:${two(s)}${fraction === null ? '' : `.${fraction}`}${zone}`;
          // Whole, cut short, or with noise spliced in: the fast path must hand back what it cannot read.
          for (const variant of [
            text,
            text.slice(0, cut),
            `${text.slice(0, cut)}${noise}${text.slice(cut)}`,
          ]) {
            expect(parseInstant(variant)).toBe(reference(variant));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('durations', () => {
  it('parses ISO 8601 durations policies use', () => {
    expect(parseIsoDuration('PT4H')?.seconds).toBe(4 * 3600);
    expect(parseIsoDuration('P1D')?.seconds).toBe(86_400);
    expect(parseIsoDuration('P12W')?.seconds).toBe(12 * 604_800);
    expect(parseIsoDuration('PT2M11.9724387S')?.seconds).toBeCloseTo(131.9724387, 6);
  });

  it('keeps years and months as text without a length, and refuses non-durations', () => {
    expect(parseIsoDuration('P1M')).toEqual({ text: 'P1M' });
    expect(parseIsoDuration('P')).toBeUndefined();
    expect(parseIsoDuration('PT')).toBeUndefined();
    expect(parseIsoDuration('4h')).toBeUndefined();
  });

  it('parses .NET TimeSpan as the ListJobs example writes job durations', () => {
    expect(parseTimeSpan('00:02:11.9724387')?.seconds).toBeCloseTo(131.9724387, 6);
    expect(parseTimeSpan('1.02:00:00')?.seconds).toBe(26 * 3600);
    expect(parseTimeSpan('00:61:00')).toBeUndefined();
  });

  it('reads a job duration in either notation', () => {
    expect(parseJobDuration('00:00:00')?.seconds).toBe(0);
    expect(parseJobDuration('PT3M')?.seconds).toBe(180);
    expect(parseJobDuration('three minutes')).toBeUndefined();
  });
});

describe('parseRepeatingInterval', () => {
  it('splits the CLI template interval into start and period', () => {
    const interval = parseRepeatingInterval('R/2023-01-04T09:00:00+00:00/PT4H');
    expect(interval.start).toBe('2023-01-04T09:00:00+00:00');
    expect(interval.startMs).toBe(Date.UTC(2023, 0, 4, 9));
    expect(interval.every?.seconds).toBe(4 * 3600);
    expect(interval.repetitions).toBeUndefined();
  });

  it('keeps start-less and counted forms, which the rules stage reports', () => {
    expect(parseRepeatingInterval('R/PT4H')).toEqual({
      text: 'R/PT4H',
      every: { text: 'PT4H', seconds: 14_400 },
    });
    expect(parseRepeatingInterval('R5/2019-11-20T08:00:00-08:00/P1W').repetitions).toBe(5);
  });

  it('returns only the text for anything else', () => {
    expect(parseRepeatingInterval('every 4 hours')).toEqual({ text: 'every 4 hours' });
    expect(parseRepeatingInterval('R/a/b/c')).toEqual({ text: 'R/a/b/c' });
  });
});

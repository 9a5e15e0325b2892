import { describe, expect, it } from '@jest/globals';
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

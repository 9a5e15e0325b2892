import { describe, expect, it } from '@jest/globals';
import { FaultInjector, REQUEST_FAULTS, parseFaultSpec } from './faults.js';
import { UserQuota, formatResetsAfter } from './graph/quota.js';

describe('fault spec', () => {
  it('spreads a bare fraction over every request fault and uses it as the lag rate', () => {
    const rates = parseFaultSpec('0.2');
    expect(Object.keys(rates.request).sort()).toEqual([...REQUEST_FAULTS].sort());
    const total = Object.values(rates.request).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(0.2);
    expect(rates.lag).toBe(0.2);
  });

  it('reads a list of kinds and rates', () => {
    expect(parseFaultSpec('429:0.1,503:0.05,reset:0.05,lag:0.1')).toEqual({
      request: { '429': 0.1, '503': 0.05, reset: 0.05 },
      lag: 0.1,
    });
  });

  it.each([
    ['reset', 'must be KIND:RATE'],
    ['429', "fault rate '429' must be from 0 to 1"],
    ['boom:0.1', "unknown fault kind 'boom'"],
    ['429:1.5', 'must be from 0 to 1'],
    ['429:0.6,503:0.6', 'add up to 1.2'],
    ['2', 'must be from 0 to 1'],
  ])('refuses %s', (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});

describe('fault injection', () => {
  const identities = Array.from({ length: 2000 }, (_, i) => `GET /subscriptions/x/resource-${i}`);

  it('is reproducible for a seed whatever order requests arrive in', () => {
    const rates = parseFaultSpec('0.3');
    const forward = new FaultInjector(rates, 42);
    const backward = new FaultInjector(rates, 42);
    const a = identities.map((id) => forward.decide('arm', id));
    const b = [...identities]
      .reverse()
      .map((id) => backward.decide('arm', id))
      .reverse();
    expect(a).toEqual(b);
    const other = new FaultInjector(rates, 43);
    expect(identities.map((id) => other.decide('arm', id))).not.toEqual(a);
  });

  it('hits close to the configured rate and lets a retried request through eventually', () => {
    const injector = new FaultInjector(parseFaultSpec('503:0.2'), 7);
    const faults = identities.filter((id) => injector.decide('graph', id) !== undefined).length;
    expect(faults / identities.length).toBeGreaterThan(0.15);
    expect(faults / identities.length).toBeLessThan(0.25);
    // A retry is a new draw: within a few attempts every request gets through.
    for (const id of identities.slice(0, 200)) {
      let attempts = 1;
      while (injector.decide('graph', id) !== undefined) attempts++;
      expect(attempts).toBeLessThan(10);
    }
  });

  it('serves scripted faults first, for the matching target only', () => {
    const injector = new FaultInjector(parseFaultSpec(''), 1);
    injector.failNext('graph', '429-no-retry-after', 2);
    expect(injector.decide('arm', 'x')).toBeUndefined();
    expect(injector.decide('graph', 'x')).toBe('429-no-retry-after');
    expect(injector.decide('graph', 'y')).toBe('429-no-retry-after');
    expect(injector.decide('graph', 'z')).toBeUndefined();
  });
});

describe('Resource Graph user quota', () => {
  it('allows the limit per window, then refuses until the window resets', () => {
    const quota = new UserQuota({ limit: 2, windowMs: 5000 });
    expect(quota.take('u', 0)).toEqual({ allowed: true, remaining: 1, resetsAfterMs: 5000 });
    expect(quota.take('u', 1000)).toEqual({ allowed: true, remaining: 0, resetsAfterMs: 4000 });
    expect(quota.take('u', 2000)).toEqual({ allowed: false, remaining: 0, resetsAfterMs: 3000 });
    expect(quota.take('other', 2000).allowed).toBe(true);
    expect(quota.take('u', 5000)).toEqual({ allowed: true, remaining: 1, resetsAfterMs: 5000 });
  });

  it('formats resets-after as hh:mm:ss, rounding up', () => {
    expect(formatResetsAfter(4200)).toBe('00:00:05');
    expect(formatResetsAfter(0)).toBe('00:00:00');
    expect(formatResetsAfter(3_723_000)).toBe('01:02:03');
  });
});

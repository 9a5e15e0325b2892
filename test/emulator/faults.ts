/**
 * Seeded, reproducible fault injection. A decision depends only on (seed, request identity, how many
 * times that same request was seen), never on arrival order, so concurrent clients see the same faults
 * on every run with the same seed.
 *
 * Kinds (AZURE-FACTS.md §6.1-6.3 for why each matters):
 *  - `429`                 throttled with `Retry-After` (the SDK retries it itself);
 *  - `429-no-retry-after`  throttled without it (the SDK does not retry: the project must);
 *  - `500`, `503`          server errors (the SDK retries them exponentially);
 *  - `reset`               the connection is dropped without a response (ECONNRESET);
 *  - `slow`                the response is delayed by `slowMs`;
 *  - `lag`                 not a request fault: the probability that a write reaches Resource Graph late;
 *  - `lro`                 not a request fault: the probability that a write's long-running operation
 *                          ends `Failed` with a transient error (a retry of the write gets a new draw).
 */
export const REQUEST_FAULTS = ['429', '429-no-retry-after', '500', '503', 'reset', 'slow'] as const;
export type RequestFault = (typeof REQUEST_FAULTS)[number];
export type FaultKind = RequestFault | 'lag' | 'lro';

export interface FaultRates {
  request: Partial<Record<RequestFault, number>>;
  /** Probability that a write is seen late by Resource Graph. */
  lag: number;
  /** Probability that a long-running operation fails transiently (absent: never). */
  lro?: number;
}

export const NO_FAULTS: FaultRates = { request: {}, lag: 0 };

/**
 * Parses `0.2` (that fraction spread evenly over every request fault, and as the lag and LRO-failure
 * rates) or a list such as `429:0.1,503:0.05,reset:0.05,lag:0.1,lro:0.05`.
 */
export function parseFaultSpec(spec: string): FaultRates {
  const text = spec.trim();
  if (text === '') return NO_FAULTS;
  if (/^\d*\.?\d+$/.test(text)) {
    const total = checkRate(Number(text), text);
    const each = total / REQUEST_FAULTS.length;
    return {
      request: Object.fromEntries(REQUEST_FAULTS.map((kind) => [kind, each])),
      lag: total,
      lro: total,
    };
  }
  const rates: FaultRates = { request: {}, lag: 0 };
  for (const part of text.split(',')) {
    const [kind, rate] = part.split(':').map((s) => s.trim());
    if (kind === undefined || rate === undefined || rate === '') {
      throw new Error(`fault '${part}' must be KIND:RATE, e.g. 429:0.1`);
    }
    const value = checkRate(Number(rate), part);
    if (kind === 'lag') rates.lag = value;
    else if (kind === 'lro') rates.lro = value;
    else if ((REQUEST_FAULTS as readonly string[]).includes(kind))
      rates.request[kind as RequestFault] = value;
    else throw new Error(`unknown fault kind '${kind}': use ${[...REQUEST_FAULTS, 'lag', 'lro'].join(', ')}`);
  }
  const sum = Object.values(rates.request).reduce((a, b) => a + b, 0);
  if (sum > 1) throw new Error(`request fault rates add up to ${sum}, more than 1`);
  return rates;
}

function checkRate(value: number, text: string): number {
  if (!Number.isFinite(value) || value < 0 || value > 1)
    throw new Error(`fault rate '${text}' must be from 0 to 1`);
  return value;
}

/** 32-bit FNV-1a: a stable hash of the request identity. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: one uniform draw in [0, 1) from a 32-bit state. */
function uniform(state: number): number {
  let t = (state + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export class FaultInjector {
  private readonly attempts = new Map<string, number>();
  private readonly scripted: { target: 'graph' | 'arm' | 'any'; fault: RequestFault; remaining: number }[] =
    [];

  constructor(
    private readonly rates: FaultRates,
    private readonly seed: number,
  ) {}

  /** Forces the next `count` matching requests to fail with `fault`, ahead of the random draw. */
  failNext(target: 'graph' | 'arm' | 'any', fault: RequestFault, count = 1): void {
    this.scripted.push({ target, fault, remaining: count });
  }

  decide(target: 'graph' | 'arm', identity: string): RequestFault | undefined {
    const script = this.scripted.find((s) => s.remaining > 0 && (s.target === 'any' || s.target === target));
    if (script !== undefined) {
      script.remaining--;
      return script.fault;
    }
    const attempt = (this.attempts.get(identity) ?? 0) + 1;
    this.attempts.set(identity, attempt);
    let draw = uniform(fnv1a(`${this.seed}\u0000${identity}\u0000${attempt}`));
    for (const kind of REQUEST_FAULTS) {
      const rate = this.rates.request[kind] ?? 0;
      if (draw < rate) return kind;
      draw -= rate;
    }
    return undefined;
  }

  /** Whether the long-running operation of a write fails transiently; each attempt is a new draw. */
  failsOperation(identity: string): boolean {
    const rate = this.rates.lro ?? 0;
    if (rate <= 0) return false;
    const key = `lro\u0000${identity}`;
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    return uniform(fnv1a(`${this.seed}\u0000${key}\u0000${attempt}`)) < rate;
  }

  /** Whether a write identified by `identity` reaches Resource Graph late. */
  lagsWrite(identity: string): boolean {
    if (this.rates.lag <= 0) return false;
    return uniform(fnv1a(`${this.seed}\u0000lag\u0000${identity}`)) < this.rates.lag;
  }
}

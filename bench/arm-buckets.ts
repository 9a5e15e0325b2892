/**
 * ARM's token buckets (AZURE-FACTS.md §6.1, ARMTHR): per subscription (and per principal), reads 250
 * tokens refilled at 25 per second, writes 200 at 10 per second; calls with no subscription in the URL
 * (Resource Graph) draw on the tenant bucket. The emulator does not enforce them, so the benchmark replays each
 * read's request times through them afterwards and reports how close the read came to a 429.
 */
export interface BucketLimits {
  capacity: number;
  refillPerSecond: number;
}

export const ARM_READ_BUCKET: BucketLimits = { capacity: 250, refillPerSecond: 25 };
/** Writes (PUT, PATCH, POST): 200 tokens, 10 per second, per subscription (§6.1). */
export const ARM_WRITE_BUCKET: BucketLimits = { capacity: 200, refillPerSecond: 10 };

export interface TimedRequest {
  atMs: number;
  /** Lower-cased subscription id, or 'tenant'. */
  bucket: string;
}

export interface BucketReplay {
  /** Requests that would have found their bucket empty (ARM answers those with 429 + Retry-After). */
  wouldThrottle: number;
  /** Fewest tokens left in any bucket after a request: 0 means a bucket was drained. */
  fewestTokensLeft: number;
  busiestBucket: { bucket: string; requests: number } | undefined;
}

export function replayBuckets(
  requests: readonly TimedRequest[],
  limits: BucketLimits = ARM_READ_BUCKET,
): BucketReplay {
  const buckets = new Map<string, { tokens: number; at: number; requests: number }>();
  let wouldThrottle = 0;
  let fewest = limits.capacity;
  const ordered = [...requests].sort((a, b) => a.atMs - b.atMs);
  for (const request of ordered) {
    let bucket = buckets.get(request.bucket);
    if (bucket === undefined) {
      bucket = { tokens: limits.capacity, at: request.atMs, requests: 0 };
      buckets.set(request.bucket, bucket);
    }
    const refilled = ((request.atMs - bucket.at) / 1000) * limits.refillPerSecond;
    bucket.tokens = Math.min(limits.capacity, bucket.tokens + refilled);
    bucket.at = request.atMs;
    bucket.requests++;
    if (bucket.tokens < 1) {
      wouldThrottle++;
      fewest = 0;
      continue;
    }
    bucket.tokens -= 1;
    fewest = Math.min(fewest, Math.floor(bucket.tokens));
  }
  let busiest: BucketReplay['busiestBucket'];
  for (const [bucket, state] of buckets) {
    if (busiest === undefined || state.requests > busiest.requests)
      busiest = { bucket, requests: state.requests };
  }
  return { wouldThrottle, fewestTokensLeft: fewest, busiestBucket: busiest };
}

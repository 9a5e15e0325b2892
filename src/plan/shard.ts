import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * Whether a resource belongs to this shard of a job matrix (`shard: i/n`). A hash of the lower-cased id,
 * so every runner agrees without coordination, a resource never moves between shards while n stays the
 * same, and clusters spread evenly whatever their names.
 */
export function inShard(id: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count <= 1) return true;
  const bucket = createHash('sha256').update(id.toLowerCase()).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}

/** Work that belongs to no cluster (the config's exemptions) is done by the first shard only. */
export function isFirstShard(shard: Shard | undefined): boolean {
  return !shard || shard.index === 1;
}

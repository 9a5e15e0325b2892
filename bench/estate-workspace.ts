/**
 * One benchmark estate: the seeded generator's snapshot (served by the emulator), the snapshot a read of
 * it returns written as `export` would (the input of the plan benchmark), and a desired-state file that
 * covers every cluster. Files go to a temporary folder that the suite removes at the end.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectSnapshot } from '../src/azure/read-estate.js';
import type { EstateSnapshot } from '../src/estate/snapshot.js';
import { writeSnapshot } from '../src/estate/write-snapshot.js';
import { generateEstate } from '../test/support/generate-estate.js';
import { desiredStateFor } from './desired-state.js';

export const SUBSCRIPTIONS = 300;
export const SEED = 9;

export interface BenchEstate {
  clusters: number;
  snapshot: EstateSnapshot;
  subscriptions: string[];
  snapshotFile: string;
  configFile: string;
  /** Resources by type, for the table's notes. */
  counts: Record<string, number>;
}

export function prepareEstate(clusters: number, dir: string): BenchEstate {
  const snapshot = generateEstate({ clusters, subscriptions: SUBSCRIPTIONS, seed: SEED });
  const snapshotFile = join(dir, `estate-${clusters}.json`);
  const configFile = join(dir, `aks-backup-${clusters}.yaml`);
  writeSnapshot(snapshotFile, projectSnapshot(snapshot));
  writeFileSync(configFile, desiredStateFor(snapshot));
  const counts: Record<string, number> = {};
  for (const doc of snapshot.resources) {
    const type = doc.type.toLowerCase();
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return {
    clusters,
    snapshot,
    subscriptions: Object.keys(snapshot.providers).sort(),
    snapshotFile,
    configFile,
    counts,
  };
}

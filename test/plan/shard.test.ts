import { describe, expect, it } from '@jest/globals';
import { planCommand } from '../../src/commands/plan.js';
import { silentLogger } from '../../src/commands/context.js';
import { inShard } from '../../src/plan/shard.js';
import type { Report } from '../../src/report/model.js';
import type { InputName } from '../../src/settings/inputs.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { repoPath } from '../support/fixtures.js';

async function plan(shard?: string): Promise<Report> {
  const values: Partial<Record<InputName, string>> = {
    command: 'plan',
    config: repoPath('examples', 'aks-backup.yaml'),
    estate: repoPath('examples', 'estate.json'),
    ...(shard ? { shard } : {}),
  };
  return planCommand({
    settings: resolveSettings((n) => values[n] ?? '', 'flag'),
    now: new Date('2026-11-21T12:00:00Z'),
    log: silentLogger,
  });
}

const changeKeys = (r: Report): string[] =>
  r.changes.map((c) => `${c.action} ${c.kind} ${c.id.toLowerCase()}`);
const findingKeys = (r: Report): string[] =>
  r.findings.map((f) => `${f.ruleId} ${f.exempted} ${f.resourceId ?? ''} ${f.message}`);

describe('shard: i/n', () => {
  it('puts every cluster in exactly one shard, for any n', () => {
    const ids = Array.from(
      { length: 500 },
      (_, i) =>
        `/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-${i}`,
    );
    for (const count of [1, 2, 3, 8]) {
      for (const id of ids) {
        const owners = Array.from({ length: count }, (_, i) => inShard(id, { index: i + 1, count })).filter(
          Boolean,
        );
        expect(owners).toHaveLength(1);
      }
    }
  });

  it('spreads clusters evenly enough to balance a job matrix', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const shard = [1, 2, 3, 4].find((index) => inShard(`/sub/${i}/aks-${i}`, { index, count: 4 }))!;
      counts[shard - 1]!++;
    }
    for (const count of counts) expect(count).toBeGreaterThan(850);
  });

  it('the union of the shard reports equals the unsharded report', async () => {
    const whole = await plan();
    const shards = await Promise.all([plan('1/3'), plan('2/3'), plan('3/3')]);
    const union = (keys: (r: Report) => string[]) => [...new Set(shards.flatMap(keys))].sort();
    expect(union(changeKeys)).toEqual([...new Set(changeKeys(whole))].sort());
    expect(union(findingKeys)).toEqual([...new Set(findingKeys(whole))].sort());
    // No cluster is planned by two shards.
    const clusters = shards.map(
      (r) => new Set(r.changes.filter((c) => c.kind === 'backupInstance').map((c) => c.cluster)),
    );
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++)
        expect([...clusters[i]!].filter((c) => clusters[j]!.has(c))).toEqual([]);
    }
    expect(shards.every((r) => r.changes.length < whole.changes.length)).toBe(true);
  });
});

import { describe, expect, it } from '@jest/globals';
import { planCommand } from '../../src/commands/plan.js';
import { silentLogger } from '../../src/commands/context.js';
import { resolveSettings } from '../../src/settings/settings.js';
import type { InputName } from '../../src/settings/inputs.js';
import { repoPath } from '../support/fixtures.js';

async function planOf(values: Partial<Record<InputName, string>>) {
  const settings = resolveSettings((name) => values[name] ?? '', 'flag');
  return planCommand({ settings, now: new Date('2026-11-21T12:00:00Z'), log: silentLogger });
}

describe('rule findings of the example plan (estate judged at its capturedAt)', () => {
  it('names exactly the problems the example estate has, and why', async () => {
    const report = await planOf({
      command: 'plan',
      config: repoPath('examples', 'aks-backup.yaml'),
      estate: repoPath('examples', 'estate.json'),
    });
    const seen = report.findings.map(
      (f) => `${f.ruleId} ${f.severity} ${f.cluster ?? '-'}${f.exempted ? ' (exempted)' : ''}`,
    );
    expect(seen).toEqual([
      // aks-platform-weu keeps snapshots in rg-platform-snapshots-weu; the config wants rg-aks-snapshots-weu.
      'AKSB014 error aks-platform-weu',
      // aks-prod-neu's extension is Failed, so its instance is in ProtectionError and its last backup job
      // failed. The plan re-applies the extension (no AKSB010); the instance's state is as read.
      'AKSB023 error aks-prod-neu',
      // aks-dev-team-c has the CSI snapshot controller disabled.
      'AKSB004 error aks-dev-team-c',
      'AKSB029 warning aks-prod-neu',
      // Accepted in the config: dev vault without immutability; legacy storage in another subscription.
      'AKSB027 warning - (exempted)',
      'AKSB007 warning aks-legacy (exempted)',
    ]);
    expect(report.exitCode).toBe(2);
  });

  it('a planned replacement turns AKSB014 into a warning that says what will happen', async () => {
    const report = await planOf({
      command: 'plan',
      config: repoPath('examples', 'aks-backup.yaml'),
      estate: repoPath('examples', 'estate.json'),
      'allow-replace': 'true',
    });
    const replace = report.findings.find((f) => f.ruleId === 'AKSB014')!;
    expect(replace.severity).toBe('warning');
    expect(report.summary.replace).toBe(1);
  });

  it('does not flag what the plan itself fixes (missing or Failed extension, trusted access, instance)', async () => {
    const report = await planOf({
      command: 'plan',
      config: repoPath('examples', 'aks-backup.yaml'),
      estate: repoPath('examples', 'estate.json'),
    });
    const fixedByPlan = report.findings.filter(
      (f) =>
        (['AKSB010', 'AKSB011', 'AKSB025'].includes(f.ruleId) && f.cluster === 'aks-dev-team-c') ||
        (f.ruleId === 'AKSB010' && f.cluster === 'aks-prod-neu'),
    );
    expect(fixedByPlan).toEqual([]);
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        action: 'update',
        kind: 'extension',
        cluster: 'aks-prod-neu',
        reasons: ['provisioningState Failed: re-apply the extension'],
      }),
    );
  });
});

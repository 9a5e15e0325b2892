import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { backupCommand } from '../../src/commands/backup.js';
import { silentLogger } from '../../src/commands/context.js';
import { runCommand } from '../../src/commands/run.js';
import type { InputName } from '../../src/settings/inputs.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));
/** Half an hour after the example estate was captured. */
const NOW = new Date('2026-11-20T06:30:00Z');

function context(values: Partial<Record<InputName, string>>) {
  const all: Partial<Record<InputName, string>> = {
    command: 'backup',
    config: repoPath('examples', 'aks-backup.yaml'),
    estate: repoPath('examples', 'estate.json'),
    ...values,
  };
  return { settings: resolveSettings((name) => all[name] ?? '', 'flag'), now: NOW, log: silentLogger };
}

describe('backup: the pre-upgrade gate on the example estate', () => {
  it('passes at once on a fresh recovery point (maxRecoveryPointAge 6h from the config)', async () => {
    const report = await backupCommand(context({ cluster: 'aks-prod-weu' }));
    expect(validateReport(report)).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.gates).toEqual([
      {
        cluster: 'aks-prod-weu',
        verdict: 'passed',
        reason: expect.stringMatching(/is 2h29m19s old, within 6h$/),
        recoveryPointId: expect.any(String),
        recoveryPointTime: '2026-11-20T04:00:41Z',
        waitSeconds: 0,
      },
    ]);
  });

  it('fails with exit 2 on an unhealthy instance, saying why', async () => {
    const report = await backupCommand(context({ cluster: 'aks-prod-neu' }));
    expect(report.exitCode).toBe(2);
    expect(report.gates![0]!.reason).toContain('ProtectionError, not ProtectionConfigured');
    expect(report.findings.map((f) => [f.ruleId, f.cluster])).toEqual([['GATE001', 'aks-prod-neu']]);
  });

  it('--max-age overrides the config; a stale point needs Azure, which a snapshot cannot give', async () => {
    const report = await backupCommand(context({ cluster: 'aks-prod-weu', 'max-age': '1h' }));
    expect(report.exitCode).toBe(2);
    expect(report.gates![0]!.reason).toBe(
      'the latest recovery point is 2h29m19s old, older than 1h; a snapshot (--estate) cannot take a backup: run against Azure',
    );
  });

  it('gates every cluster of the config without --cluster, and names the ones with nothing to back up', async () => {
    const report = await backupCommand(context({}));
    expect(report.gates!.map((g) => `${g.cluster} ${g.verdict}`)).toEqual([
      'aks-prod-weu passed',
      'aks-platform-weu passed',
      'aks-prod-neu failed',
      'aks-legacy failed',
      'aks-dev-team-a passed',
      'aks-dev-team-b failed',
      'aks-dev-team-c failed',
    ]);
    expect(report.gates!.find((g) => g.cluster === 'aks-legacy')!.reason).toBe(
      'the cluster has no backup instance: run plan and apply first',
    );
  });

  it('an unknown --cluster or a bad --max-age is bad input (exit 1)', async () => {
    const unknown = await runCommand(context({ cluster: 'aks-nope' }));
    expect(unknown.exitCode).toBe(1);
    expect(unknown.errors[0]!.message).toContain(
      "no cluster of the config is named or has the id 'aks-nope'",
    );
    const badAge = await runCommand(context({ cluster: 'aks-prod-weu', 'max-age': 'soon' }));
    expect(badAge.exitCode).toBe(1);
    expect(badAge.errors[0]!.message).toContain("'soon' is not a duration");
  });
});

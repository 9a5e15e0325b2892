import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { auditCommand } from '../../src/commands/audit.js';
import { silentLogger } from '../../src/commands/context.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { InputName } from '../../src/settings/inputs.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));

async function audit(values: Partial<Record<InputName, string>>) {
  const settings = resolveSettings(
    (name) => ({ command: 'audit', estate: repoPath('examples', 'estate.json'), ...values })[name] ?? '',
    'flag',
  );
  return auditCommand({ settings, now: new Date('2026-11-21T12:00:00Z'), log: silentLogger });
}

describe('audit of the example estate', () => {
  it('lists every cluster in scope, least compliant first, with why', async () => {
    const report = await audit({ config: repoPath('examples', 'aks-backup.yaml') });
    expect(validateReport(report)).toBe(true);
    expect(
      report.clusters!.map(
        (c) => `${c.cluster} ${c.protection} drift=${c.drift} ${c.compliant ? 'compliant' : 'not'}`,
      ),
    ).toEqual([
      // Not in the config and never backed up: found by AKSB025.
      'aks-dev-sandbox unprotected drift=0 not',
      // Matched by the selector, not protected yet: the plan creates their instances.
      'aks-dev-team-b unprotected drift=4 not',
      'aks-dev-team-c unprotected drift=6 not',
      'aks-legacy unprotected drift=4 not',
      // Protected, but the vault-tier roles are missing and the snapshot group differs.
      'aks-platform-weu protected drift=3 not',
      // Its extension failed, so its instance is in ProtectionError; the plan re-applies the extension and
      // updates the instance's namespaces.
      'aks-prod-neu unhealthy drift=2 not',
      'aks-dev-team-a protected drift=0 compliant',
      'aks-prod-weu protected drift=0 compliant',
    ]);
    expect(report.clusters!.find((c) => c.cluster === 'aks-prod-weu')).toMatchObject({
      recoveryPointAgeHours: 2,
      lastJob: { category: 'Backup', status: 'Completed' },
    });
    expect(report.findings.filter((f) => f.ruleId === 'AKSB025').map((f) => f.cluster)).toEqual([
      'aks-dev-sandbox',
    ]);
    expect(report.stats).toMatchObject({
      clusters: 8,
      compliant: 2,
      unprotected: 4,
      unhealthy: 1,
      compliancePercent: 25,
    });
    expect(report.exitCode).toBe(2);
  });

  it('leaves the restore-drill target out: it is meant to hold no backups', async () => {
    const report = await audit({ config: repoPath('examples', 'aks-backup.yaml') });
    expect(report.clusters!.some((c) => c.cluster === 'aks-drill-weu')).toBe(false);
  });

  it('runs estate-wide with --scope and no config: every cluster is judged on its own', async () => {
    const report = await audit({
      config: repoPath('no-such-config.yaml'),
      scope: '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7',
    });
    expect(report.errors).toEqual([]);
    expect(report.clusters!.every((c) => !c.inConfig)).toBe(true);
    expect(report.clusters!.filter((c) => c.protection === 'unprotected').map((c) => c.cluster)).toContain(
      'aks-legacy',
    );
  });

  it('shows the per-cluster table and the compliance line in Markdown', async () => {
    const markdown = renderMarkdown(await audit({ config: repoPath('examples', 'aks-backup.yaml') }));
    expect(markdown).toContain('Audit: 2 of 8 clusters compliant \\(25%\\), 4 unprotected, 1 unhealthy.');
    expect(markdown).toContain(
      '| Cluster | Protection | Latest recovery point | Last job | Drift | Findings | Compliant |',
    );
    expect(markdown).toContain(
      '| aks-prod-neu | unhealthy \\(ProtectionError\\) | 6h old | Backup Failed | 2 changes | 1E 1W | no |',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { auditIssueKey } from '../../src/github/audit-issue.js';
import {
  auditIssueCloseComment,
  auditIssueTitle,
  renderAuditIssueBody,
} from '../../src/report/audit-issue.js';
import { buildReport } from '../../src/report/build.js';
import type { ClusterStatus, Report } from '../../src/report/model.js';

const RUN = 'https://github.com/contoso/platform/actions/runs/42';

function cluster(name: string, compliant: boolean, extra: Partial<ClusterStatus> = {}): ClusterStatus {
  return {
    cluster: name,
    id: `/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/${name}`,
    inConfig: true,
    protection: compliant ? 'protected' : 'unprotected',
    drift: 0,
    findings: { error: compliant ? 0 : 1, warning: 0, info: 0 },
    compliant,
    ...extra,
  };
}

/** An audit of four clusters, one compliant, shaped as auditCommand builds it. */
function exampleAudit(): Report {
  const report = buildReport({
    command: 'audit',
    failOn: 'error',
    now: new Date('2026-11-21T12:00:00Z'),
    config: 'examples/aks-backup.yaml',
    findings: [
      {
        ruleId: 'AKSB025',
        severity: 'error',
        message: 'the cluster has no backup instance in any vault',
        cluster: 'aks-dev-sandbox',
        exempted: false,
      },
    ],
    stats: { clusters: 4, compliant: 1, unprotected: 2, unhealthy: 1, compliancePercent: 25 },
  });
  return {
    ...report,
    clusters: [
      cluster('aks-dev-sandbox', false, { inConfig: false }),
      cluster('aks-legacy', false),
      cluster('aks-prod-neu', false, { protection: 'unhealthy', protectionState: 'ProtectionError' }),
      cluster('aks-prod-weu', true, { recoveryPointAgeHours: 2 }),
    ],
  };
}

describe('the audit issue body', () => {
  it('leads with what the issue is, the compliance line and counts, and lists only the clusters that are not compliant', () => {
    const report = exampleAudit();
    const body = renderAuditIssueBody(report, { subject: 'examples/aks-backup.yaml', runUrl: RUN }, 65_000);
    expect(body.split('\n')[0]).toContain(`Last run: [run of 2026-11-21T12:00:00.000Z](${RUN}).`);
    expect(body).toContain('Audit: 1 of 4 clusters compliant \\(25%\\), 2 unprotected, 1 unhealthy.');
    expect(body).toContain(
      '| Cluster | Protection | Latest recovery point | Last job | Drift | Findings | Compliant |',
    );
    expect(body).toContain('| aks-prod-neu |');
    expect(body).toContain('| aks-dev-sandbox \\(not in config\\) |');
    // Compliant clusters are not what the issue is about.
    expect(body).not.toContain('| aks-prod-weu |');
    expect(body).toContain('### 🔴 error');
  });

  it('escapes names from Azure and the config path, so they cannot inject Markdown, HTML or mentions', () => {
    const report = exampleAudit();
    const evil: ClusterStatus = {
      ...report.clusters!.find((c) => !c.compliant)!,
      cluster: '<img src=x onerror=alert(1)> @octocat | [x](javascript:y)',
    };
    const body = renderAuditIssueBody(
      { ...report, clusters: [evil] },
      { subject: '<b>@team</b>.yaml', runUrl: RUN },
      65_000,
    );
    expect(body).not.toContain('<img');
    expect(body).not.toContain('<b>');
    expect(body).not.toMatch(/@octocat|@team/);
    expect(body).not.toContain('](javascript:');
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; @\u200boctocat \\| \\[x\\]');
  });

  it("stays within GitHub's 65,536-character body limit by cutting, and points at the run", () => {
    const report = exampleAudit();
    const template = report.clusters!.find((c) => !c.compliant)!;
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...template, cluster: `aks-cluster-${i}` }));
    const body = renderAuditIssueBody({ ...report, clusters: many }, { subject: 'k', runUrl: RUN }, 65_000);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(65_000);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain(
      `…the report was cut to fit GitHub's limit; the full report is in the job summary of [run of 2026-11-21T12:00:00.000Z](${RUN}).`,
    );
  });

  it('says compliant again in the closing comment, with the counts and the run', () => {
    const report = exampleAudit();
    const compliant = { ...report, stats: { ...report.stats, compliant: 4, compliancePercent: 100 } };
    expect(auditIssueCloseComment(compliant, { subject: 'k', runUrl: RUN })).toBe(
      `✅ The audit is compliant again: 4 of 4 clusters compliant (100%) ([run of 2026-11-21T12:00:00.000Z](${RUN})). Closing this issue; it is reopened if the audit finds problems again.`,
    );
  });
});

describe('the audit issue key and title', () => {
  const report = { config: '.github/aks-backup.yaml' } as Report;
  it('is the config file, or the scope without one, and the shard: one issue per shard of a matrix', () => {
    expect(auditIssueKey(report, { config: '.github/aks-backup.yaml', scope: [] })).toEqual({
      key: 'config=.github/aks-backup.yaml',
      subject: '.github/aks-backup.yaml',
    });
    expect(
      auditIssueKey({} as Report, {
        config: 'none.yaml',
        scope: ['sub-a', 'sub-b'],
        shard: { index: 2, count: 8 },
      }),
    ).toEqual({ key: 'scope=sub-a,sub-b shard=2/8', subject: 'scope sub-a, sub-b, shard 2/8' });
  });
  it('titles the issue with the subject, within 256 characters', () => {
    expect(auditIssueTitle('.github/aks-backup.yaml')).toBe(
      'AKS Backup Guard audit: clusters out of compliance (.github/aks-backup.yaml)',
    );
    expect(auditIssueTitle(`scope ${'x'.repeat(400)}`).length).toBeLessThanOrEqual(256);
  });
});

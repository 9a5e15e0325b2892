import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { fit, renderMarkdown } from '../../src/report/markdown.js';
import type { Finding } from '../../src/report/model.js';

const now = new Date('2026-11-21T12:00:00Z');

describe('renderMarkdown', () => {
  it('leads with the verdict and groups findings by severity, exempted ones folded', () => {
    const findings: Finding[] = [
      {
        ruleId: 'AKSB010',
        severity: 'error',
        message: 'extension missing | x',
        cluster: 'aks-a',
        exempted: false,
        docs: 'https://x/AKSB010',
      },
      { ruleId: 'AKSB026', severity: 'warning', message: 'soft delete off', exempted: false },
      {
        ruleId: 'AKSB007',
        severity: 'error',
        message: 'storage elsewhere',
        exempted: true,
        exemption: { reason: 'OPS-1', expires: '2027-01-31' },
      },
    ];
    const markdown = renderMarkdown(buildReport({ command: 'plan', failOn: 'error', now, findings }));
    expect(markdown.startsWith('## ⚠️ AKS Backup Guard: plan\n')).toBe(true);
    expect(markdown).toContain('### 🔴 error (1)');
    expect(markdown).toContain('| [AKSB010](https://x/AKSB010) | aks-a | extension missing \\| x |');
    expect(markdown).toContain('### 🟠 warning (1)');
    expect(markdown).toContain('<details><summary>Exempted (1)</summary>');
    expect(markdown).toContain('\\(exempted until 2027-01-31: OPS-1\\)');
  });

  it('stays within the byte limit by cutting whole lines and pointing to the full report', () => {
    const findings: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
      ruleId: 'AKSB001',
      severity: 'error' as const,
      message: `région non prise en charge ${i} ${'é'.repeat(50)}`,
      exempted: false,
    }));
    const limit = 64 * 1024;
    const markdown = renderMarkdown(buildReport({ command: 'audit', failOn: 'error', now, findings }), limit);
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(limit);
    expect(markdown).toContain('the full report is in the JSON output');
    expect(markdown).toContain('## ⚠️ AKS Backup Guard: audit');
  });

  it('leaves text under the limit alone', () => {
    expect(fit('short', 100)).toBe('short');
  });
});

describe('operations', () => {
  it('the pre-upgrade gate is a table, one row per cluster, hostile names escaped', () => {
    const report = {
      ...buildReport({ command: 'backup', failOn: 'error', now, stats: {} }),
      gates: [
        {
          cluster: 'aks-a',
          verdict: 'passed' as const,
          reason: 'recovery point 2 h old (max 24 h)',
          recoveryPointId: 'rp-1',
          recoveryPointTime: '2026-11-21T10:00:00Z',
        },
        {
          cluster: 'aks-<b>|x',
          verdict: 'failed' as const,
          reason: 'backup job j-2 Failed',
          jobId: 'j-2',
          waitSeconds: 181.4,
        },
      ],
    };
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| Cluster | Gate | Recovery point | Backup job | Waited | Why |');
    expect(markdown).toContain(
      '| aks-a | ✅ passed | 2026-11-21T10:00:00Z | — | — | recovery point 2 h old \\(max 24 h\\) |',
    );
    expect(markdown).toContain('| aks-&lt;b&gt;\\|x | ❌ failed | — | j-2 | 181 s | backup job j-2 Failed |');
    // The closing sentence is one line; the per-cluster lines are the table, not a run-on paragraph.
    expect(markdown).toContain('\nPre-upgrade gate: 1 of 2 clusters passed.\n');
    expect(markdown).not.toContain('PASS aks-a');
  });

  it('the restore drill is a table with RPO and RTO in readable units', () => {
    const report = {
      ...buildReport({ command: 'restore-test', failOn: 'error', now, stats: { restored: 1, clusters: 2 } }),
      drills: [
        {
          at: '2026-11-21T12:00:00Z',
          cluster: 'aks-a',
          target: 'aks-drill',
          recoveryPointId: 'rp-1',
          rpoSeconds: 5400,
          rtoSeconds: 95,
          status: 'succeeded' as const,
          jobId: 'j-1',
        },
        {
          at: '2026-11-21T12:00:00Z',
          cluster: 'aks-b',
          target: 'aks-b (namespaces -drill)',
          recoveryPointId: 'rp-2',
          rpoSeconds: 30000,
          rtoSeconds: 600,
          status: 'failed' as const,
          error: 'UserErrorRestoreQuota',
        },
      ],
    };
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '| Cluster | Restored into | Result | RPO | RTO | Recovery point | Restore job |',
    );
    expect(markdown).toContain('| aks-a | aks-drill | ✅ restored | 90 min | 95 s | rp-1 | j-1 |');
    expect(markdown).toContain(
      '| aks-b | aks-b \\(namespaces -drill\\) | ❌ failed: UserErrorRestoreQuota | 8.3 h | 10 min | rp-2 | — |',
    );
    expect(markdown).toContain('\nRestore drill: 1 of 2 clusters restored.\n');
  });
});

describe('hostile text', () => {
  const hostile: Finding[] = [
    {
      ruleId: 'AKSB007',
      severity: 'error',
      message: 'storage elsewhere',
      cluster: 'aks-a',
      exempted: true,
      exemption: {
        reason: '<img src=x onerror=alert(1)> | [click](javascript:alert(1)) @octocat **bold**\n## heading',
        expires: '2027-01-31',
      },
    },
    { ruleId: 'CONTOSO001', severity: 'error', message: 'x', exempted: false, docs: 'javascript:alert(1)' },
    {
      ruleId: 'CONTOSO002',
      severity: 'error',
      message: 'y',
      exempted: false,
      docs: 'https://wiki.example/a b)(c',
    },
  ];
  const markdown = renderMarkdown(
    buildReport({
      command: 'plan',
      failOn: 'error',
      now,
      findings: hostile,
      changes: [
        {
          action: 'create',
          kind: 'backupInstance',
          id: '/x/backupInstances/a',
          cluster: 'a',
          reasons: ['```\n# escaped the fence'],
        },
      ],
    }),
  );

  it('renders HTML as text, breaks no table, links nothing, mentions nobody', () => {
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).toContain('\\[click\\]');
    expect(markdown).toContain('@\u200boctocat');
    expect(markdown).not.toMatch(/^## heading/m);
    const row = markdown.split('\n').find((line) => line.includes('onerror'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(6); // | rule | cluster | finding | where | : five columns' borders
  });

  it('refuses script links and encodes the rest', () => {
    expect(markdown).toContain('[CONTOSO001](#)');
    expect(markdown).toContain('[CONTOSO002](https://wiki.example/a%20b%29%28c)');
  });

  it('keeps a code fence in a reason from closing the diff block', () => {
    const fences = markdown.split('\n').filter((line) => line.trim().startsWith('```'));
    expect(fences).toEqual(['```diff', '```']);
  });
});

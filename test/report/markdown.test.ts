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

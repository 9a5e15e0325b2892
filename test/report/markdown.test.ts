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
    expect(markdown).toContain('(exempted until 2027-01-31: OPS-1)');
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

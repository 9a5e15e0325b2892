import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Change } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';

const now = new Date('2026-11-21T12:00:00Z');
const V = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataProtection/backupVaults/bv';
const changes: Change[] = [
  {
    action: 'create',
    kind: 'backupInstance',
    id: `${V}/backupInstances/aks-a-1`,
    cluster: 'aks-a',
    reasons: ['protect aks-a with policy daily-30d'],
  },
  {
    action: 'update',
    kind: 'backupInstance',
    id: `${V}/backupInstances/aks-b-2`,
    cluster: 'aks-b',
    reasons: ['includedNamespaces: [a] → (all)'],
  },
  {
    action: 'replace',
    kind: 'backupInstance',
    id: `${V}/backupInstances/aks-c-3`,
    cluster: 'aks-c',
    reasons: ['snapshotResourceGroup: rg-old → rg-new (forces replacement)'],
  },
  { action: 'noop', kind: 'backupPolicy', id: `${V}/backupPolicies/daily-30d`, reasons: [] },
];

describe('terminal plan', () => {
  const text = renderTerminal(buildReport({ command: 'plan', failOn: 'error', now, changes }));
  it('prints Terraform symbols, marks what forces replacement, and hides no-ops', () => {
    expect(text).toContain(`  + backupInstance "${V}/backupInstances/aks-a-1"`);
    expect(text).toContain(`  ~ backupInstance "${V}/backupInstances/aks-b-2"`);
    expect(text).toContain(`-/+ backupInstance "${V}/backupInstances/aks-c-3"`);
    expect(text).toContain('  # backup instance aks-c-3 must be replaced');
    expect(text).toContain('      # snapshotResourceGroup: rg-old → rg-new (forces replacement)');
    expect(text).not.toContain('daily-30d"');
  });
  it('closes with the counts line', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Plan: 1 to add, 1 to change, 1 to replace, 0 to destroy. 0 findings (0 errors, 0 warnings).',
    );
  });
  it('says when there is nothing to do', () => {
    const none = renderTerminal(
      buildReport({ command: 'plan', failOn: 'error', now, changes: [changes[3]!] }),
    );
    expect(none).toContain('No changes. Azure matches the desired state.');
  });
});

describe('markdown plan', () => {
  const markdown = renderMarkdown(buildReport({ command: 'plan', failOn: 'error', now, changes }));
  it('warns about destructive changes before anything else', () => {
    const banner = markdown.indexOf('> [!CAUTION]');
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(markdown.indexOf('<details><summary>Changes (3)</summary>'));
  });
  it('folds the changes into a diff block, a replacement shown as removed and added', () => {
    expect(markdown).toContain(
      '```diff\n+ backupInstance aks-a-1\n    protect aks-a with policy daily-30d\n~ backupInstance aks-b-2',
    );
    expect(markdown).toContain('- backupInstance aks-c-3\n+ backupInstance aks-c-3');
  });
  it('has no banner when nothing is replaced or deleted', () => {
    expect(
      renderMarkdown(buildReport({ command: 'plan', failOn: 'error', now, changes: changes.slice(0, 2) })),
    ).not.toContain('[!CAUTION]');
  });
});

import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { applyReport } from '../../src/apply/apply-report.js';
import type { ChangeResult } from '../../src/apply/model.js';
import type { Plan, PlannedChange } from '../../src/plan/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { readRepoFile } from '../support/fixtures.js';

/** The apply report says exactly what was and was not done, and its exit code follows. */
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));

const change = (name: string, action: PlannedChange['action'] = 'create'): PlannedChange => ({
  action,
  kind: 'backupInstance',
  id: `/subscriptions/x/resourceGroups/g/providers/Microsoft.DataProtection/backupVaults/v/backupInstances/${name}`,
  phase: 5,
  reasons: ['why'],
});
const plan: Plan = { changes: [], findings: [], bindings: [] };
const context = {
  now: new Date('2026-11-21T12:00:00Z'),
  failOn: 'error' as const,
  config: 'c.yaml',
  source: 'apply',
};

describe('applyReport', () => {
  it('exit 0 when every change is done, and the report validates', () => {
    const results: ChangeResult[] = [
      { change: change('a'), status: 'done', elapsedMs: 1234 },
      { change: change('b', 'replace'), status: 'done', elapsedMs: 50, note: 'remark' },
    ];
    const report = applyReport(
      { kind: 'applied', plan, changes: results.map((r) => r.change), results, elapsedMs: 2000 },
      context,
    );
    expect(validateReport(report)).toBe(true);
    expect(report.exitCode).toBe(0);
    expect(report.changes[0]!.outcome).toEqual({ status: 'done', seconds: 1.2 });
    const text = renderTerminal(report);
    expect(text).toContain('  + backupInstance a: done (1.2s)');
    expect(text).toContain('-/+ backupInstance b: done (0.1s): remark');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Apply complete: 1 added, 0 changed, 1 replaced, 0 destroyed.',
    );
    expect(renderMarkdown(report)).toContain('+ backupInstance a (done, 1.2s)');
  });

  it('exit 1 with one error per failed change and a line for what was not attempted', () => {
    const results: ChangeResult[] = [
      { change: change('a'), status: 'failed', elapsedMs: 10, note: 'PUT failed: HTTP 400 X' },
      { change: change('b'), status: 'not-attempted', elapsedMs: 0, note: 'not attempted: it depends on …' },
      { change: change('c'), status: 'done', elapsedMs: 10 },
    ];
    const report = applyReport(
      { kind: 'applied', plan, changes: results.map((r) => r.change), results, elapsedMs: 20 },
      context,
    );
    expect(validateReport(report)).toBe(true);
    expect(report.exitCode).toBe(1);
    expect(report.errors.map((e) => e.message)).toEqual([
      `backupInstance ${change('a').id}: PUT failed: HTTP 400 X`,
      '1 change was not attempted because a change they depend on was not done; fix the errors above and re-run apply',
    ]);
    expect(report.stats).toMatchObject({ changes: 3, done: 1, failed: 1, notAttempted: 1 });
    expect(renderTerminal(report)).toContain(
      'Apply incomplete: 1 of 3 changes done (1 added, 0 changed, 0 replaced, 0 destroyed); re-run apply to finish.',
    );
  });

  it('a refusal is exit 1 and says nothing was changed', () => {
    const report = applyReport(
      { kind: 'refused', reason: 'Azure changed since the plan …', plan },
      { ...context, source: 'plan.json' },
    );
    expect(report.exitCode).toBe(1);
    expect(report.errors).toEqual([{ file: 'plan.json', message: 'Azure changed since the plan …' }]);
    expect(renderTerminal(report)).toContain('Apply refused: nothing was changed (1 problem above).');
  });
});

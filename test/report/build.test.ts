import { describe, expect, it } from '@jest/globals';
import { atOrAbove, buildReport, exitCodeFor, sortFindings } from '../../src/report/build.js';
import type { Change, Finding } from '../../src/report/model.js';

const now = new Date('2026-11-21T12:00:00Z');
const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'AKSB001',
  severity,
  message: 'm',
  exempted: false,
  ...extra,
});
const change = (action: Change['action']): Change => ({
  action,
  kind: 'backupInstance',
  id: '/x',
  reasons: [],
});

describe('exit codes (terraform plan -detailed-exitcode)', () => {
  it('is 1 on any error, whatever else there is', () => {
    expect(exitCodeFor([{ file: 'f', message: 'bad' }], [change('create')], [], 'error')).toBe(1);
  });
  it('is 2 when a change is pending; no-ops do not count', () => {
    expect(exitCodeFor([], [change('noop')], [], 'error')).toBe(0);
    expect(exitCodeFor([], [change('noop'), change('update')], [], 'error')).toBe(2);
  });
  it('is 2 only for findings at or above fail-on, and never for exempted ones', () => {
    expect(exitCodeFor([], [], [finding('warning')], 'error')).toBe(0);
    expect(exitCodeFor([], [], [finding('warning')], 'warning')).toBe(2);
    expect(exitCodeFor([], [], [finding('info')], 'warning')).toBe(0);
    expect(exitCodeFor([], [], [finding('info')], 'info')).toBe(2);
    expect(exitCodeFor([], [], [finding('error', { exempted: true })], 'info')).toBe(0);
  });
  it('orders severities error > warning > info', () => {
    expect(atOrAbove('error', 'warning')).toBe(true);
    expect(atOrAbove('warning', 'error')).toBe(false);
  });
});

describe('buildReport', () => {
  it('counts changes and findings, exempted apart', () => {
    const report = buildReport({
      command: 'plan',
      failOn: 'error',
      now,
      changes: [change('create'), change('create'), change('replace'), change('noop')],
      findings: [finding('error'), finding('warning'), finding('error', { exempted: true })],
    });
    expect(report.summary).toEqual({
      create: 2,
      update: 0,
      replace: 1,
      delete: 0,
      noop: 1,
      findings: { error: 1, warning: 1, info: 0, exempted: 1 },
    });
    expect(report.exitCode).toBe(2);
    expect(report.generatedAt).toBe('2026-11-21T12:00:00.000Z');
  });

  it('puts the most severe findings first and exempted ones last', () => {
    const sorted = sortFindings([
      finding('info', { line: 1 }),
      finding('error', { exempted: true }),
      finding('warning', { line: 5 }),
      finding('error', { line: 9 }),
      finding('error', { line: 2 }),
    ]);
    expect(sorted.map((f) => `${f.severity}${f.exempted ? '-x' : ''}:${f.line ?? ''}`)).toEqual([
      'error:2',
      'error:9',
      'warning:5',
      'info:1',
      'error-x:',
    ]);
  });
});

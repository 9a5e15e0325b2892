import { renderTerminal } from '../../src/report/terminal.js';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import type { Logger } from '../../src/commands/context.js';
import { runCommand } from '../../src/commands/run.js';
import { renderJson } from '../../src/report/json.js';
import { resolveSettings } from '../../src/settings/settings.js';
import { readRepoFile } from '../support/fixtures.js';
import { NOW } from './harness.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormatsPkg.default(ajv);
const validateReport = ajv.compile(JSON.parse(readRepoFile('schema', 'report.schema.json')));

async function rules(flags: Record<string, string>) {
  const infos: string[] = [];
  const log: Logger = { info: (m) => infos.push(m), debug() {}, warning() {} };
  const raw: Record<string, string> = { command: 'rules', ...flags };
  const settings = resolveSettings((name) => raw[name] ?? '', 'flag');
  const report = await runCommand({ settings, now: NOW, log });
  return { report, infos };
}

describe('aks-backup-guard rules', () => {
  it('--format json: a findings-free report whose rules array is the catalogue', async () => {
    const { report, infos } = await rules({ format: 'json' });
    expect(infos).toEqual([]);
    expect(validateReport(JSON.parse(renderJson(report)))).toBe(true);
    expect(report).toMatchObject({ command: 'rules', exitCode: 0, findings: [], changes: [], errors: [] });
    expect(report.rules).toHaveLength(30);
    expect(report.rules![0]).toEqual({
      id: 'AKSB001',
      name: 'Azure.AKSBackup.RegionSupported',
      title: "The cluster's region supports Azure Backup for AKS.",
      severity: 'error',
      subject: 'cluster',
      origin: 'built-in',
      source: {
        citation: 'SM26',
        date: '2026-01-06',
        url: 'https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix',
      },
      docs: 'policies/docs/AKSB001.md',
      assertion: 'assert',
      tags: { ruleSet: '2026_11', area: 'support-matrix', pillar: 'Reliability' },
    });
    expect(report.rules!.find((r) => r.id === 'AKSB024')?.assertion).toBe('check:recovery-point-fresh');
    expect(report.stats).toEqual({ rules: 30, builtIn: 30, organisation: 0, error: 25, warning: 5, info: 0 });
  });

  it('text: prints a table with every rule, its severity, subject, source and docs', async () => {
    const { report } = await rules({});
    // The table is on stdout, in the terminal rendering of the report, with a closing count line.
    const lines = renderTerminal(report).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+SEVERITY\s+SUBJECT\s+NAME\s+SOURCE\s+DOCS$/);
    expect(lines).toHaveLength(33);
    expect(lines[32]).toMatch(
      /^30 rules: 30 built-in, 0 from the organisation folder \(\d+ error, \d+ warning, \d+ info\)\.$/,
    );
    expect(lines[8]).toMatch(
      /^AKSB008\s+error\s+binding\s+Azure\.AKSBackup\.ScheduleInterval\s+SM26 2026-01-06\s+policies\/docs\/AKSB008\.md$/,
    );
    expect(report.rules).toHaveLength(30);
  });

  it('--policies adds the organisation rules, with their docs links', async () => {
    const { report } = await rules({ format: 'json', policies: 'test/fixtures/rules/org/good' });
    expect(report.exitCode).toBe(0);
    expect(report.rules!.slice(30).map((r) => [r.id, r.origin, r.docs])).toEqual([
      ['CONTOSO001', 'organisation', 'test/fixtures/rules/org/good/docs/CONTOSO001.md'],
      ['CONTOSO002', 'organisation', 'https://wiki.contoso.example/backup/BS-7'],
    ]);
    expect(report.stats).toMatchObject({ rules: 32, organisation: 2 });
  });

  it('a broken organisation folder is exit code 1 with located errors, never a stack trace', async () => {
    const { report } = await rules({ format: 'json', policies: 'test/fixtures/rules/org/collision' });
    expect(report.exitCode).toBe(1);
    expect(report.rules).toBeUndefined();
    expect(report.errors).toEqual([
      {
        file: 'test/fixtures/rules/org/collision/rules/AKSB001.yaml',
        line: 3,
        column: 5,
        message: expect.stringContaining('is already used by policies/rules/AKSB001.yaml:2:5 (built-in)'),
      },
    ]);
  });
});

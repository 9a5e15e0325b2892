import { describe, expect, it } from '@jest/globals';
import { InputError, type Diagnostic } from '../../src/config/diagnostics.js';
import { loadCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { Subject } from '../../src/rules/subjects.js';
import { baseSubject, contextFor, merge } from './harness.js';

const ORG = 'test/fixtures/rules/org';

function diagnostics(folder: string): string[] {
  try {
    loadCatalogue({ organisationFolder: `${ORG}/${folder}` });
  } catch (error) {
    if (error instanceof InputError)
      return error.diagnostics.map((d: Diagnostic) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
    throw error;
  }
  throw new Error(`${folder} loaded without errors`);
}

describe("an organisation's rule folder", () => {
  const catalogue = loadCatalogue({ organisationFolder: `${ORG}/good` });

  it('loads beside the built-in rules, with its own origin and docs links', () => {
    expect(catalogue.rules).toHaveLength(32);
    const [first, second] = catalogue.rules.slice(30);
    expect(first).toMatchObject({
      id: 'CONTOSO001',
      origin: 'organisation',
      file: `${ORG}/good/rules/CONTOSO001.yaml`,
      docsLink: `${ORG}/good/docs/CONTOSO001.md`,
    });
    expect(second).toMatchObject({ id: 'CONTOSO002', docsLink: 'https://wiki.contoso.example/backup/BS-7' });
    expect(catalogue.rules.slice(0, 30).every((r) => r.origin === 'built-in')).toBe(true);
  });

  it('evaluates end to end: a custom assertion and a built-in check with other params, docs link in the findings', () => {
    const binding = merge(baseSubject('binding') as never, {
      policy: { retention: { operational: 'P3D' } },
    }) as unknown as Subject;
    // 7 hours old on a 4-hour schedule: within AKSB024's (4h + 2h) × 1.5 = 9h, beyond Contoso's (4h + 2h) × 1 = 6h.
    const instance = merge(baseSubject('instance') as never, {
      latestRecoveryPoint: { time: '2026-11-21T05:00:00Z' },
    }) as unknown as Subject;
    const findings = evaluate(catalogue, [binding, instance], contextFor(catalogue.matrix));
    expect(
      findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        docs: f.docs,
        resourceId: f.resourceId,
        line: f.line,
      })),
    ).toEqual([
      {
        ruleId: 'CONTOSO001',
        severity: 'warning',
        message: "policy 'daily-30d' breaks Contoso BS-4: operational retention P3D is shorter than 7 days",
        docs: `${ORG}/good/docs/CONTOSO001.md`,
        resourceId: (baseSubject('binding') as { policy: { id: string } }).policy.id,
        line: 20,
      },
      {
        ruleId: 'CONTOSO002',
        severity: 'warning',
        message: 'the latest recovery point is older than 6h (7h old)',
        docs: 'https://wiki.contoso.example/backup/BS-7',
        resourceId: (baseSubject('instance') as { resourceId: string }).resourceId,
        line: 20,
      },
    ]);
  });

  it('an id that collides with a built-in rule is an error at the id, naming both files', () => {
    expect(diagnostics('collision')).toEqual([
      `${ORG}/collision/rules/AKSB001.yaml:3:5: rule id 'AKSB001' is already used by policies/rules/AKSB001.yaml:2:5 (built-in); rule ids must be unique: give this rule another id`,
    ]);
  });

  it('two organisation files with one id are an error naming both files', () => {
    expect(diagnostics('duplicate')).toEqual([
      `${ORG}/duplicate/rules/b-second.yaml:2:5: rule id 'CONTOSO010' is already used by ${ORG}/duplicate/rules/a-first.yaml:2:5 (organisation); rule ids must be unique: give this rule another id`,
    ]);
  });

  it('ids starting with AKSB are reserved for built-in rules', () => {
    expect(diagnostics('reserved')).toEqual([
      `${ORG}/reserved/rules/AKSB999.yaml:2:5: rule id 'AKSB999': ids starting with AKSB are reserved for built-in rules; use your organisation's own prefix`,
    ]);
  });

  it('reports every problem of every broken file in one run, each at its file, line and column', () => {
    const f = (name: string) => `${ORG}/invalid/rules/${name}.yaml`;
    expect(diagnostics('invalid')).toEqual([
      `${f('BAD001')}:2:1: (top level) is missing the required key 'message'`,
      `${f('BAD001')}:5:11: severity must be one of error, warning, info`,
      `${f('BAD001')}:7:33: source.date: "2026-13-01" is not valid; expected The date of the cited source revision, YYYY-MM-DD.`,
      `${f('BAD001')}:10:1: unknown key 'mesage' in (top level); did you mean 'message'?`,
      `${f('BAD005')}:8:7: docs page 'docs/BAD005.md' does not exist beside the rules: every rule needs a page with synopsis, description and recommendation`,
      `${f('BAD002')}:11:17: the assertion is not a valid JSON Schema for this engine: strict mode: unknown keyword: "inlist"`,
      expect.stringMatching(
        new RegExp(`^${f('BAD003')}:9:8: unknown check 'no-such-check'; available: storage-placement, `),
      ),
      `${f('BAD004')}:13:29: support-matrix path 'schedule.intervalz' does not exist in policies/support-matrix.yaml`,
      `${f('BAD006')}:11:10: message: unbalanced '{' or '}' in the message template; placeholders look like {path} or {path|fallback}`,
      `${f('BAD006')}:10:22: params.tolerance must be >= 1`,
      `${f('BAD006')}:13:3: check 'recovery-point-fresh' has no failure code 'late'; its codes: stale, none`,
      // Organisation rules are checked against the JSON Schema meta-schema (built-in ones by the tests).
      `${f('BAD007')}:11:13: the assertion is not a valid JSON Schema for this engine: schema is invalid: data/properties/name/minLength must be integer, data/properties/name/minLength must be object, data/properties/name/minLength must match a schema in anyOf`,
    ]);
  });

  it('a missing or empty folder is an error, never a silent empty rule set', () => {
    expect(diagnostics('missing')).toEqual([
      `${ORG}/missing:undefined:undefined: policies folder not found: check the path (input \`policies\`)`,
    ]);
    expect(diagnostics('empty')[0]).toContain('no rule files (*.yaml)');
  });
});

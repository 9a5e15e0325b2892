import { describe, expect, it } from '@jest/globals';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { evaluate } from '../../src/rules/evaluate.js';
import type { Catalogue } from '../../src/rules/model.js';
import { buildSubject, caseFiles, contextFor, type CaseFile } from './harness.js';

/**
 * One test per rule: it runs the rule over its fixture cases (test/fixtures/rules/cases/<id>.yaml) and
 * asserts exactly which cases fail and why, in the test's own name and in its assertions.
 */
const catalogue = builtInCatalogue();
const files = caseFiles();
// Rules run one at a time below, but AKSB028 judges exemptions against the whole catalogue.
const allIds = new Set(catalogue.rules.map((r) => r.id));

function only(ruleId: string): Catalogue {
  const rule = catalogue.byId.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return {
    ...catalogue,
    rules: [rule],
    bySubject: new Map([[rule.subject, [rule]]]),
    byId: new Map([[ruleId, rule]]),
  };
}

function title(file: CaseFile): string {
  const failing = file.cases.filter((c) => c.expect !== 'pass').map((c) => c.name);
  const passing = file.cases.filter((c) => c.expect === 'pass').map((c) => c.name);
  return `${file.rule} fails exactly [${failing.join(', ')}] and passes [${passing.join(', ')}]`;
}

describe('every built-in rule over its fixtures', () => {
  it.each(files.map((f) => [title(f), f] as const))('%s', (_title, file) => {
    const single = only(file.rule);
    for (const c of file.cases) {
      const findings = evaluate(single, [buildSubject(c)], contextFor(catalogue.matrix, c.options, allIds));
      const got = findings.map((f) => ({
        severity: f.severity,
        message: f.message,
        resourceId: f.resourceId,
      }));
      if (c.expect === 'pass') {
        expect({ case: c.name, findings: got }).toEqual({ case: c.name, findings: [] });
        continue;
      }
      expect({ case: c.name, count: got.length }).toEqual({ case: c.name, count: c.expect.length });
      c.expect.forEach((want, i) => {
        const finding = got[i]!;
        expect({ case: c.name, message: finding.message }).toEqual({
          case: c.name,
          message: expect.stringContaining(want.message),
        });
        if (want.severity)
          expect({ case: c.name, severity: finding.severity }).toEqual({
            case: c.name,
            severity: want.severity,
          });
        if (want.resourceId)
          expect({ case: c.name, resourceId: finding.resourceId }).toEqual({
            case: c.name,
            resourceId: want.resourceId,
          });
      });
      for (const finding of findings) {
        expect(finding.docs).toBe(`policies/docs/${file.rule}.md`);
        expect(finding.ruleId).toBe(file.rule);
      }
    }
  });

  it('has a case file for every rule, each with at least one passing and one failing case', () => {
    expect(files.map((f) => f.rule)).toEqual(catalogue.rules.map((r) => r.id));
    for (const file of files) {
      expect({ rule: file.rule, passing: file.cases.some((c) => c.expect === 'pass') }).toEqual({
        rule: file.rule,
        passing: true,
      });
      expect({ rule: file.rule, failing: file.cases.some((c) => c.expect !== 'pass') }).toEqual({
        rule: file.rule,
        failing: true,
      });
      expect(new Set(file.cases.map((c) => c.name)).size).toBe(file.cases.length);
    }
  });

  it('every base subject passes every built-in rule (the fixtures start healthy)', () => {
    const subjects = [
      'cluster',
      'binding',
      'vault',
      'instance',
      'operation-backup',
      'operation-restore',
      'exemption',
    ].map((base) => buildSubject({ name: base, base, expect: 'pass' }));
    expect(evaluate(catalogue, subjects, contextFor(catalogue.matrix))).toEqual([]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { SEVERITIES } from '../../src/report/model.js';
import { builtInCatalogue } from '../../src/rules/catalogue.js';
import { CHECKS } from '../../src/rules/checks/index.js';
import { createAjv } from '../../src/rules/compile.js';
import { SUBJECT_KINDS } from '../../src/rules/subjects.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

/** The meta-test (PSRule's Azure.Baseline.Tests): the catalogue as a whole is sound. */
const catalogue = builtInCatalogue();
const ruleFiles = readdirSync(repoPath('policies', 'rules'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const raw = ruleFiles.map((f) => ({
  file: f,
  doc: parse(readRepoFile('policies', 'rules', f)) as Record<string, unknown>,
}));
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(text: unknown): boolean {
  const m = typeof text === 'string' ? DATE.exec(text) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

describe('the built-in catalogue', () => {
  it('has exactly 30 rules, AKSB001 to AKSB030, one file each named after its id', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `AKSB${String(i + 1).padStart(3, '0')}`);
    expect(catalogue.rules.map((r) => r.id)).toEqual(ids);
    expect(ruleFiles).toEqual(ids.map((id) => `${id}.yaml`));
    expect(raw.map((r) => r.doc.id)).toEqual(ids);
  });

  it('has unique ids and unique PSRule-style names', () => {
    expect(new Set(catalogue.rules.map((r) => r.id.toLowerCase())).size).toBe(30);
    expect(new Set(catalogue.rules.map((r) => r.name)).size).toBe(30);
    for (const rule of catalogue.rules) expect(rule.name).toMatch(/^Azure\.AKSBackup\.[A-Z][A-Za-z]+$/);
  });

  it('every rule file is valid against schema/rule.schema.json', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readRepoFile('schema', 'rule.schema.json')),
    );
    for (const { file, doc } of raw) {
      const ok = validate(doc);
      expect({ file, errors: ok ? [] : validate.errors }).toEqual({ file, errors: [] });
    }
  });

  it('every assertion passes the meta-schema check and compiles: what the catalogue defers for built-in rules', () => {
    const ajv = createAjv({ checkSchemas: true });
    const asserted = raw.filter(({ doc }) => doc.assert !== undefined);
    expect(asserted.length).toBeGreaterThan(10);
    for (const { file, doc } of asserted) {
      const valid = ajv.validateSchema(doc.assert as object);
      expect({ file, errors: valid ? [] : ajv.errors }).toEqual({ file, errors: [] });
      expect(() => ajv.compile(doc.assert as object)).not.toThrow();
    }
  });

  it("every check's params fit the check's parameter schema: what the catalogue skips for built-in rules", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const checked = raw.filter(({ doc }) => doc.check !== undefined);
    expect(checked.length).toBeGreaterThan(10);
    for (const { file, doc } of checked) {
      const check = CHECKS.get(doc.check as string);
      expect({ file, check: check?.name }).toEqual({ file, check: doc.check });
      if (!check?.params) {
        expect({ file, params: doc.params }).toEqual({ file, params: undefined });
        continue;
      }
      const validate = ajv.compile(check.params);
      const ok = validate(doc.params ?? {});
      expect({ file, errors: ok ? [] : validate.errors }).toEqual({ file, errors: [] });
    }
  });

  it('every rule has a valid severity, subject, title and a dated source citation', () => {
    for (const rule of catalogue.rules) {
      expect(SEVERITIES).toContain(rule.severity);
      expect(SUBJECT_KINDS).toContain(rule.subject);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.source.citation.trim()).not.toBe('');
      expect({ id: rule.id, date: rule.source.date, valid: isCalendarDate(rule.source.date) }).toEqual({
        id: rule.id,
        date: rule.source.date,
        valid: true,
      });
      if (rule.source.url !== undefined) expect(rule.source.url).toMatch(/^https:\/\//);
    }
  });

  it('every rule has a doc page with synopsis, description, recommendation, passing and failing examples, and links', () => {
    for (const rule of catalogue.rules) {
      const path = repoPath('policies', 'docs', `${rule.id}.md`);
      expect({ id: rule.id, exists: existsSync(path) }).toEqual({ id: rule.id, exists: true });
      expect(rule.docsLink).toBe(`policies/docs/${rule.id}.md`);
      const page = readRepoFile('policies', 'docs', `${rule.id}.md`);
      const headings = page.split('\n').filter((l) => l.startsWith('#'));
      expect(headings[0]).toMatch(new RegExp(`^# ${rule.id}: \\S`));
      for (const section of [
        '## Synopsis',
        '## Description',
        '## Recommendation',
        '## Examples',
        '### Passing',
        '### Failing',
        '## Links',
      ]) {
        expect({ id: rule.id, section, present: headings.includes(section) }).toEqual({
          id: rule.id,
          section,
          present: true,
        });
      }
      // The page states the rule's name and severity, so it cannot drift from the YAML unnoticed.
      expect(page).toContain(`\`${rule.name}\``);
      expect(page).toContain(`severity **${rule.severity}**`);
      expect(page).toContain(`subject **${rule.subject}**`);
    }
  });

  it('the policy README lists every rule with its name and severity', () => {
    const readme = readRepoFile('policies', 'README.md');
    for (const rule of catalogue.rules)
      expect(readme).toMatch(
        new RegExp(`\\| ${rule.id} \\| ${rule.name.replace(/\./g, '\\.')} \\| ${rule.severity}`),
      );
  });

  it('every check-based rule names a check that exists and messages only codes it emits', () => {
    for (const rule of catalogue.rules.filter((r) => r.check !== undefined)) {
      const check = CHECKS.get(rule.check!);
      expect(check).toBeDefined();
      expect(check!.subjects).toContain(rule.subject);
      for (const code of Object.keys(rule.messages ?? {})) expect(check!.codes).toContain(code);
    }
    expect(catalogue.rules.filter((r) => r.assert !== undefined).length).toBeGreaterThanOrEqual(15);
  });

  it('groups rules by subject for evaluation', () => {
    const counted = [...catalogue.bySubject.values()].reduce((n, list) => n + list.length, 0);
    expect(counted).toBe(30);
    expect(catalogue.bySubject.get('exemption')?.map((r) => r.id)).toEqual(['AKSB028']);
  });
});

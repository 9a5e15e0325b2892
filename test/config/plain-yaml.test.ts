import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { MAX_DEPTH, parseYaml } from '../../src/config/parse-yaml.js';
import { plainYamlParser } from '../../src/config/plain-yaml.js';
import { SourceMap, type Path } from '../../src/config/source-map.js';
import { readRepoFile, repoPath } from '../support/fixtures.js';

/**
 * The plain-YAML shortcut must read what it accepts exactly as the full parser does (the same values,
 * the same line and column for every key and value) and leave everything else, above all every
 * mistake, to the full parser. The reference here is the `yaml` library itself, used directly.
 */
const OPTIONS = { schema: 'core', merge: false, strict: true, uniqueKeys: true } as const;
const parsePlain = plainYamlParser({ ...OPTIONS, maxDepth: MAX_DEPTH });

/** The full parser's reading, or undefined when it reports any problem. */
function reference(text: string): { value: unknown; sourceMap: SourceMap } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter: lines, logLevel: 'silent' });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  try {
    const value = doc.toJS({ maxAliasCount: 100 });
    return { value, sourceMap: SourceMap.fromDocument('f.yaml', doc.contents, lines) };
  } catch {
    return undefined;
  }
}

function paths(value: unknown, prefix: (string | number)[] = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** Where every key and value stands, by path. */
function locations(sourceMap: SourceMap, value: unknown): string[] {
  return paths(value).map((path) => {
    const key = sourceMap.locate(path, 'key');
    const at = sourceMap.locate(path, 'value');
    return `${JSON.stringify(path)} key ${key.line}:${key.column} value ${at.line}:${at.column}`;
  });
}

/** Whether the shortcut accepted the text; fails the test if what it read differs from the reference. */
function agreesWithFullParser(text: string): boolean {
  const plain = parsePlain('f.yaml', text);
  if (!plain) return false;
  const full = reference(text);
  if (!full) throw new Error(`the shortcut accepted text the full parser refuses:\n${text}`);
  expect(plain.value).toStrictEqual(full.value);
  expect(locations(plain.sourceMap, full.value)).toEqual(locations(full.sourceMap, full.value));
  return true;
}

const EXAMPLE = readRepoFile('examples', 'aks-backup.yaml');

/** The shape `plan`'s benchmark writes: one-line flow mappings and `- match:` entries by the hundred. */
function benchmarkShaped(count: number): string {
  const sub = (i: number): string => `${String(i).padStart(8, '0')}-8ce8-4847-bf8e-e02cb6fdd364`;
  return [
    '# A generated file.',
    'version: 1',
    'policies:',
    "  daily-30d: { schedule: { every: 24h, at: '02:00' }, retention: { operational: 30d } }",
    'vaults:',
    ...Array.from(
      { length: count },
      (_, i) =>
        `  v${i}: { id: /subscriptions/${sub(i)}/resourceGroups/rg-backup/providers/Microsoft.DataProtection/backupVaults/bv-${i} }`,
    ),
    'defaults:',
    '  policy: daily-30d',
    '  preUpgrade: { maxRecoveryPointAge: 24h }',
    'clusters:',
    ...Array.from({ length: count }, (_, i) => [
      `  - match: { subscriptions: [${sub(i)}] }`,
      `    vault: v${i}`,
      `    snapshotResourceGroup: /subscriptions/${sub(i)}/resourceGroups/rg-aks-snapshots`,
    ]).flat(),
    'exemptions:',
    '  - rule: AKSB027',
    "    reason: 'Benchmark: it''s a development vault.'",
    "    expires: '2099-12-31'",
    '',
  ].join('\n');
}

describe('the plain-YAML shortcut', () => {
  it('reads the files the tool is given as the full parser does', () => {
    const files = [
      EXAMPLE,
      benchmarkShaped(50),
      ...readdirSync(repoPath('test', 'fixtures', 'config', 'good')).map((name) =>
        readRepoFile('test', 'fixtures', 'config', 'good', name),
      ),
    ];
    for (const text of files) expect(agreesWithFullParser(text)).toBe(true);
  });

  it.each([
    [
      'scalars of every core type',
      'a: 1\nb: -2\nc: 1.5\nd: 1e3\ne: true\nf: False\ng: null\nh: ~\ni: 0x1F\nj: 0o17\n',
    ],
    ['special floats', 'a: [.inf, -.inf, .nan, +1, -0, 007]\n'],
    [
      'strings that only look special',
      'a: 2027-02-30\nb: 02:00\nc: -drill\nd: yes\ne: 1_000\nf: http://x/y#z\n',
    ],
    ['quoted scalars', `a: 'it''s'\nb: "say 'hi'"\nc: ''\nd: '1'\n'e': x\n"f g": y\n`],
    [
      'comments everywhere',
      '# head\na: b # tail\n  # indented\nc:   # before a block\n  d: e\n# between\nf: [x] # after flow\n',
    ],
    ["a list at its key's indentation", 'a:\n- x\n- y: 1\n  z: 2\nb: c\n'],
    ['nested compact mappings', 'a:\n  - b:\n      - c: 1\n        d: { e: [f, { g: h }] }\n    i: j\n'],
    ['keys with spaces and odd characters', 'a b: 1\nc.d/e: 2\n$schema: x\nf  : 3\n'],
    ['empty flow collections', 'a: []\nb: {}\nc: [ ]\n'],
    ['no final newline', 'a: b'],
  ])('agrees with the full parser on %s', (_name, text) => {
    expect(agreesWithFullParser(text)).toBe(true);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['merge keys', 'a: { b: 1 }\n<<: x\n'],
    ['tags', 'a: !!str 1\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line flow collections', 'a: [x,\n  y]\n'],
    ['escapes', 'a: "x\\ty"\n'],
    ['empty values', 'a:\nb: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['keys that are not strings', '1: a\n'],
    ['a top-level list', '- a\n'],
    ['document markers', '---\na: 1\n'],
    ['tabs', 'a:\tb\n'],
    ['carriage returns', 'a: b\r\n'],
    ['nested mappings on one line', 'a: b: c\n'],
    ['trailing commas', 'a: [x, ]\n'],
    ['colons inside flow scalars', 'a: [x:y]\n'],
    ['prototype keys', '__proto__: 1\n'],
    ['syntax errors', 'a: [x\n', 'a: b\n c: d\n'],
  ])('leaves %s to the full parser', (_name, ...texts) => {
    for (const text of texts) expect(parsePlain('f.yaml', text)).toBeUndefined();
  });

  it('leaves nesting past the depth limit to the full parser', () => {
    const deep = `a: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`;
    expect(parsePlain('f.yaml', deep)).toBeUndefined();
    expect(() => parseYaml('f.yaml', deep)).toThrow(/nests 65 levels deep/);
  });

  it('agrees with the full parser or steps aside on 3,000 mutations of real files', () => {
    const FRAGMENTS = [
      ':',
      ': ',
      '-',
      '- ',
      '[',
      ']',
      '{',
      '}',
      ',',
      ' #',
      '#',
      "'",
      '"',
      "''",
      '\n',
      ' ',
      '  ',
      '&a ',
      '*a',
      '!t ',
      '|',
      '>',
      '?',
      '%',
      '@',
      '~',
      'null',
      'true',
      '1',
      '0x1',
      '.5',
      '1e3',
      '-.inf',
      '__proto__',
      '<<',
      '\\',
      '\t',
      '\u00e9',
      '\u00a0',
      'a: b',
      '\n- ',
      '\n  - x: y',
    ];
    const sources = [EXAMPLE, benchmarkShaped(3)];
    const mutation = fc.record({
      source: fc.nat(sources.length - 1),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          remove: fc.integer({ min: 0, max: 6 }),
          insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutation, ({ source, edits }) => {
        let text = sources[source]!;
        for (const { at, remove, insert } of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + remove);
        }
        if (agreesWithFullParser(text)) accepted++;
        else refused++;
      }),
      { seed: 20261122, numRuns: 3000 },
    );
    // Both outcomes must be common, or the mutations prove nothing.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });
});

import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse as parseYamlText, stringify } from 'yaml';
import { InputError } from '../../src/config/diagnostics.js';
import { parseDesiredState } from '../../src/config/load.js';
import { readRepoFile } from '../support/fixtures.js';

/**
 * Mutation fuzzing of the shipped example: whatever the bytes, the loader either returns a desired state
 * or throws an InputError whose every message is located and free of stack traces. 6,000 text mutations
 * and 4,000 structural ones (valid YAML, wrong content), seeded so a failure reproduces.
 */
const FILE = 'fuzz.yaml';
const EXAMPLE = readRepoFile('examples', 'aks-backup.yaml');
const PARSED = parseYamlText(EXAMPLE) as Record<string, unknown>;

// Characters and fragments that mean something to YAML, KQL, URLs or terminals.
const HOSTILE = [
  ':',
  ': ',
  '-',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '*b',
  '!!binary ',
  '!tag ',
  '\t',
  "'",
  '"',
  '#',
  '|',
  '>',
  '\n',
  '\r\n',
  '\u0000',
  '\u00e9',
  '\ud83d\ude00',
  '\ufeff',
  '%',
  '@',
  '`',
  '---\n',
  '...\n',
  '<<: ',
  '?',
  ' ',
  '    ',
  'null',
  '~',
  'true',
  '1e309',
  '0x1F',
  '-.inf',
  '.nan',
  '2027-02-30',
  'PT',
  'P1Y',
  '4h',
  '\\',
  "' | where 1==1 //",
  '/subscriptions/',
  '${{ github.token }}',
];

const textMutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...HOSTILE) }),
  fc.record({
    op: fc.constant('insertRandom' as const),
    at: fc.nat(),
    text: fc.string({ maxLength: 8, unit: 'binary' }),
  }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('replaceValue' as const), line: fc.nat(), text: fc.constantFrom(...HOSTILE) }),
);

type TextMutation = typeof textMutation extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, m: TextMutation): string {
  const lines = text.split('\n');
  const pick = (n: number): number => n % lines.length;
  switch (m.op) {
    case 'delete': {
      const at = m.at % text.length;
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert':
    case 'insertRandom': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'duplicateLine': {
      const i = pick(m.line);
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
    case 'swapLines': {
      const [i, j] = [pick(m.a), pick(m.b)];
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      return lines.join('\n');
    }
    case 'indent': {
      const i = pick(m.line);
      lines[i] =
        m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
      return lines.join('\n');
    }
    case 'replaceValue': {
      const i = pick(m.line);
      lines[i] = lines[i]!.replace(/: .*$/, `: ${m.text}`);
      return lines.join('\n');
    }
  }
}

/** Every path to a value in the example, to aim structural mutations at. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}
const PATHS = paths(PARSED).filter((p) => p.length > 0);

const jsonValue = fc.oneof(
  fc.constantFrom(
    null,
    true,
    false,
    0,
    -1,
    1.5,
    '',
    'x',
    '4h',
    'P7D',
    '24:00',
    'kube-system',
    'daily-30d',
    'weu',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(
    fc.constantFrom('id', 'policy', 'vault', 'every', 'bogus', 'match', 'reason'),
    fc.string({ maxLength: 5 }),
    {
      maxKeys: 3,
    },
  ),
);

const structuralMutation = fc.record({
  path: fc.constantFrom(...PATHS),
  action: fc.constantFrom('set' as const, 'delete' as const, 'rename' as const),
  value: jsonValue,
  key: fc.constantFrom('polcy', 'vaults', 'ID', 'clusters', 'extra', 'backup', '<<'),
});

interface StructuralMutation {
  path: (string | number)[];
  action: 'set' | 'delete' | 'rename';
  value: unknown;
  key: string;
}

function applyStructural(m: StructuralMutation): string {
  const copy = structuredClone(PARSED) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const part of m.path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = m.path.at(-1)!;
  if (m.action === 'set') parent[last] = m.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (m.action === 'delete') delete parent[last];
  else {
    parent[m.key] = parent[last];
    delete parent[last];
  }
  return stringify(copy);
}

/** The property: a desired state, or located InputError messages; nothing else. */
function loadsCleanly(text: string): 'valid' | 'refused' {
  try {
    parseDesiredState(FILE, text);
    return 'valid';
  } catch (error) {
    if (!(error instanceof InputError)) {
      throw new Error(
        `loader crashed with ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}\n--- input ---\n${text}`,
      );
    }
    expect(error.diagnostics.length).toBeGreaterThan(0);
    for (const d of error.diagnostics) {
      expect(d.file).toBe(FILE);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.message).not.toMatch(/\n\s+at /);
      if (d.line !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
      if (d.column !== undefined) expect(d.column).toBeGreaterThanOrEqual(1);
    }
    return 'refused';
  }
}

describe('fuzzing the loader', () => {
  it('never crashes on 6,000 text mutations of the example', () => {
    const outcomes = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(fc.array(textMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        outcomes[loadsCleanly(mutations.reduce(applyText, EXAMPLE))]++;
      }),
      { seed: 20261121, numRuns: 6000 },
    );
    // Both paths must be exercised, or the mutator is broken and the test proves nothing.
    expect(outcomes.valid).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(1000);
  });

  it('never crashes on 4,000 structural mutations (valid YAML, wrong content)', () => {
    const outcomes = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(structuralMutation, (mutation) => {
        outcomes[loadsCleanly(applyStructural(mutation))]++;
      }),
      { seed: 1121, numRuns: 4000 },
    );
    expect(outcomes.valid).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(1000);
  });
});

import { describe, expect, it, beforeAll, afterAll } from '@jest/globals';
import { mkdtempSync, rmSync, truncateSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../src/config/diagnostics.js';
import { loadDesiredState } from '../../src/config/load.js';
import { MAX_CONFIG_BYTES } from '../../src/config/read-file.js';
import { repoPath } from '../support/fixtures.js';

const bad = (name: string): string => repoPath('test', 'fixtures', 'config', 'bad', name);

/** Loads a file expecting bad input; returns the diagnostics (and fails on any other outcome). */
function problemsOf(file: string): Diagnostic[] {
  try {
    loadDesiredState(file);
  } catch (error) {
    if (error instanceof InputError) return [...error.diagnostics];
    throw new Error(
      `expected an InputError, got ${(error as Error).constructor.name}: ${(error as Error).message}`,
    );
  }
  throw new Error(`expected ${file} to be refused`);
}

interface Expected {
  line?: number;
  column?: number;
  contains: string;
}

// Each fixture, what is wrong with it, and exactly which messages it must produce (see
// test/fixtures/config/README.md). One message per problem, each located.
const CASES: [string, Expected[]][] = [
  ['syntax-error.yaml', [{ line: 11, column: 1, contains: 'YAML syntax error: flow sequence' }]],
  ['duplicate-key.yaml', [{ line: 12, column: 5, contains: 'duplicate key' }]],
  ['tab-indent.yaml', [{ line: 10, column: 1, contains: 'tab used for indentation' }]],
  [
    'wrong-types.yaml',
    [
      {
        line: 11,
        column: 32,
        contains: "clusters[0].backup.snapshotVolumes must be true or false, found the string 'yes'",
      },
      {
        line: 11,
        column: 59,
        contains: "clusters[0].backup.includedNamespaces must be a list, found the string 'payments'",
      },
    ],
  ],
  [
    'unknown-key.yaml',
    [{ line: 11, column: 5, contains: "unknown key 'polciy' in clusters[0]; did you mean 'policy'?" }],
  ],
  ['alias-bomb.yaml', [{ line: 1, contains: 'alias bomb' }]],
  ['deep-nesting.yaml', [{ line: 2, contains: 'nests too deeply' }]],
  ['non-utf8.yaml', [{ line: 2, column: 6, contains: 'not valid UTF-8 (byte 0xe9' }]],
  ['utf16.yaml', [{ line: 1, column: 1, contains: 'UTF-16' }]],
  ['empty.yaml', [{ line: 1, column: 1, contains: 'the file is empty' }]],
  ['comments-only.yaml', [{ line: 1, column: 1, contains: 'the file is empty' }]],
  ['not-a-mapping.yaml', [{ line: 1, column: 1, contains: 'must be a mapping' }]],
  ['complex-key.yaml', [{ line: 2, column: 3, contains: 'a mapping key must be a plain string' }]],
  ['multiple-documents.yaml', [{ line: 11, column: 1, contains: "more than one YAML document ('---')" }]],
  [
    'id-kql-injection.yaml',
    [{ line: 10, column: 9, contains: 'a single quote at position 131 is not allowed' }],
  ],
  ['id-url-metacharacters.yaml', [{ line: 10, column: 9, contains: "'?' at position 135 is not allowed" }]],
  [
    'id-malformed.yaml',
    [
      { line: 10, column: 9, contains: "'not-a-guid' is not a subscription id" },
      {
        line: 11,
        column: 9,
        contains:
          'not an AKS cluster id: expected .../providers/Microsoft.ContainerService/managedClusters/<name> (found Microsoft.Compute/virtualMachines)',
      },
    ],
  ],
  [
    'duplicate-cluster.yaml',
    [{ line: 11, column: 9, contains: 'clusters[1] repeats the cluster of clusters[0] (line 10)' }],
  ],
  [
    'unknown-reference.yaml',
    [
      {
        line: 11,
        column: 13,
        contains:
          "refers to policy 'daily-03d', which is not defined under 'policies:'; did you mean 'daily-30d'?",
      },
      {
        line: 12,
        column: 12,
        contains: "refers to vault 'backup', which is not defined under 'vaults:' (defined: main)",
      },
    ],
  ],
  [
    'invalid-duration.yaml',
    [
      { line: 7, contains: 'policies.daily-30d.schedule.every must be a string, found number 4' },
      { line: 7, contains: "'1 month' is not a duration (months and years vary in length" },
      { line: 8, contains: "'1x' is not a duration" },
      { line: 8, contains: "'P1Y' is not a duration (months and years vary in length" },
      { line: 9, contains: "'24:00' is not a time of day" },
      { line: 9, contains: "'7 days' is not a duration (write '7d')" },
    ],
  ],
  [
    'exemption-incomplete.yaml',
    [
      { line: 12, column: 5, contains: "exemptions[0] is missing the required key 'reason'" },
      { line: 12, column: 5, contains: "exemptions[0] is missing the required key 'expires'" },
    ],
  ],
];

describe('bad desired-state files', () => {
  it.each(CASES)('%s: one located message per problem', (fixture, expected) => {
    const problems = problemsOf(bad(fixture));
    expect(problems).toHaveLength(expected.length);
    for (const want of expected) {
      const match = problems.find((p) => p.message.includes(want.contains));
      expect(match).toBeDefined();
      expect(match!.file).toBe(bad(fixture));
      if (want.line !== undefined) expect(match!.line).toBe(want.line);
      if (want.column !== undefined) expect(match!.column).toBe(want.column);
    }
  });

  it('covers every fixture in the bad folder', () => {
    const listed = new Set(CASES.map(([name]) => name));
    const readme = readFileSync(repoPath('test', 'fixtures', 'config', 'README.md'), 'utf8');
    for (const name of listed) expect(readme).toContain(name);
  });
});

describe('files that cannot be read as they are', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aksbg-bad-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a 50 MB file by its size, before reading it', () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, 'version: 1\n');
    truncateSync(file, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const [problem, ...rest] = problemsOf(file);
    expect(rest).toHaveLength(0);
    expect(problem!.message).toBe(
      `desired-state file is 50.0 MiB; the limit is ${MAX_CONFIG_BYTES / 1024 / 1024}.0 MiB. Use 'match:' selectors instead of listing every cluster, or check that the right file was given.`,
    );
  });

  it('names a missing file', () => {
    const [problem] = problemsOf(join(dir, 'nope.yaml'));
    expect(problem!.message).toContain('desired-state file not found');
  });

  it('names a directory given as the file', () => {
    const [problem] = problemsOf(dir);
    expect(problem!.message).toBe('desired-state file is a directory, not a file');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const file = join(dir, 'bom.yaml');
    writeFileSync(
      file,
      `\ufeff${readFileSync(repoPath('test', 'fixtures', 'config', 'good', 'minimal.yaml'), 'utf8')}`,
    );
    expect(loadDesiredState(file).clusters).toHaveLength(1);
  });

  it('caps a file with hundreds of problems at fifty messages and says how many more', () => {
    const file = join(dir, 'many.yaml');
    const lines = ['version: 1', 'clusters: []'];
    for (let i = 0; i < 300; i++) lines.push(`k${i}: 1`, `k${i}: 2`);
    writeFileSync(file, lines.join('\n'));
    const problems = problemsOf(file);
    expect(problems).toHaveLength(51);
    expect(problems[50]!.message).toBe('…and 250 more problems; fix the ones above first');
  });
});

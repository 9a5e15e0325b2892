import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../src/config/diagnostics.js';
import { loadSnapshot, parseSnapshot } from '../../src/estate/load-snapshot.js';

const EXAMPLE = 'examples/estate.json';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'estate-load-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fileWith(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The diagnostics of the InputError `run` throws; fails the test if it throws anything else or nothing. */
function problems(run: () => unknown): readonly Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected an InputError, but the snapshot loaded');
}

const VALID = {
  schemaVersion: 1,
  capturedAt: '2026-11-20T06:00:00Z',
  resources: [
    {
      id: '/subscriptions/6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-a',
      type: 'Microsoft.ContainerService/managedClusters',
    },
  ],
  providers: { '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7': { 'Microsoft.DataProtection': 'Registered' } },
};

function text(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

describe('loadSnapshot', () => {
  it('loads the example estate', () => {
    const snapshot = loadSnapshot(EXAMPLE);
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.capturedAt).toBe('2026-11-20T06:00:00Z');
    expect(snapshot.resources.length).toBeGreaterThan(50);
  });

  it('accepts a minimal valid snapshot and keeps unknown ARM fields untouched', () => {
    const withExtra = structuredClone(VALID);
    Object.assign(withExtra.resources[0]!, {
      eTag: 'beywbwei',
      properties: { anything: [1, { deep: true }] },
    });
    expect(parseSnapshot('s.json', text(withExtra)).resources[0]).toEqual(withExtra.resources[0]);
  });
});

describe('malformed JSON is reported at its line and column', () => {
  it('a trailing comma', () => {
    const source =
      '{\n  "schemaVersion": 1,\n  "capturedAt": "2026-11-20T06:00:00Z",\n  "resources": [],\n}\n';
    const [problem] = problems(() => parseSnapshot('s.json', source));
    expect(problem).toMatchObject({ file: 's.json', line: 5, column: 1 });
    expect(problem?.message).toMatch(/not valid JSON: a ',' before '}'/);
  });

  it('single quotes, whose JSON.parse message carries no position', () => {
    const [problem] = problems(() => parseSnapshot('s.json', "{\n  'schemaVersion': 1\n}"));
    expect(problem).toMatchObject({ line: 2, column: 3 });
    expect(problem?.message).toMatch(/property name in double quotes/);
  });

  it('a file cut short, pointed at its end', () => {
    const source = '{\n  "schemaVersion": 1,\n  "resources": [\n    {"id": "/x"';
    const [problem] = problems(() => parseSnapshot('s.json', source));
    expect(problem).toMatchObject({ line: 4, column: 16 });
    expect(problem?.message).toMatch(/ends too early/);
  });

  it('an empty file', () => {
    expect(problems(() => parseSnapshot('s.json', ' \n'))[0]?.message).toMatch(/the file is empty/);
  });

  it('a JSON value that is not an object', () => {
    const [problem] = problems(() => parseSnapshot('s.json', '\n  [1, 2]'));
    expect(problem).toMatchObject({ line: 2, column: 3 });
    expect(problem?.message).toMatch(/found a list/);
  });
});

describe('schemaVersion', () => {
  it('refuses a newer version with one clear sentence at the value', () => {
    const diagnostics = problems(() =>
      parseSnapshot('s.json', text({ ...VALID, schemaVersion: 2, newField: {} })),
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, column: 20 });
    expect(diagnostics[0]?.message).toMatch(/schemaVersion 2 is not supported.*newer aks-backup-guard/);
  });

  it('refuses a version written as a string', () => {
    const [problem] = problems(() => parseSnapshot('s.json', text({ ...VALID, schemaVersion: '1' })));
    expect(problem?.message).toMatch(/schemaVersion '1' is not supported.*as the number 1/);
  });

  it('names a missing version', () => {
    const { schemaVersion: _, ...rest } = VALID;
    const [problem] = problems(() => parseSnapshot('s.json', text(rest)));
    expect(problem?.message).toBe("the snapshot is missing the required key 'schemaVersion'");
    expect(problem).toMatchObject({ line: 1, column: 1 });
  });
});

describe('schema problems are located', () => {
  it('reports every resource missing id or type, at the resource', () => {
    const snapshot = {
      ...VALID,
      resources: [VALID.resources[0], { type: 'Microsoft.Storage/storageAccounts' }, { id: '/x/y' }],
    };
    const diagnostics = problems(() => parseSnapshot('s.json', text(snapshot)));
    expect(diagnostics.map((d) => [d.line, d.message])).toEqual([
      [9, "resources[1] is missing the required key 'id'"],
      [12, "resources[2] is missing the required key 'type'"],
    ]);
  });

  it('reports properties that are not an object', () => {
    const snapshot = { ...VALID, resources: [{ ...VALID.resources[0], properties: [] }] };
    const [problem] = problems(() => parseSnapshot('s.json', text(snapshot)));
    expect(problem?.message).toBe('resources[0].properties must be an object or null, found a list');
  });

  it('reports a wrongly typed id', () => {
    const snapshot = { ...VALID, resources: [{ id: 5, type: 'Microsoft.Storage/storageAccounts' }] };
    const [problem] = problems(() => parseSnapshot('s.json', text(snapshot)));
    expect(problem?.message).toBe('resources[0].id must be a string, found number 5');
    expect(problem).toMatchObject({ line: 6, column: 13 });
  });

  it('suggests the key meant for an unknown top-level key', () => {
    const { resources, ...rest } = VALID;
    const messages = problems(() => parseSnapshot('s.json', text({ ...rest, resource: resources }))).map(
      (diagnostic) => diagnostic.message,
    );
    expect(messages).toContain("the snapshot is missing the required key 'resources'");
    expect(messages).toContain("unknown key 'resource' in the snapshot; did you mean 'resources'?");
  });

  it('reports a provider key that is not a subscription id, at the key', () => {
    const snapshot = { ...VALID, providers: { 'not-a-guid': { 'Microsoft.DataProtection': 'Registered' } } };
    const [problem] = problems(() => parseSnapshot('s.json', text(snapshot)));
    expect(problem?.message).toMatch(
      /'not-a-guid' is not a valid key in providers; expected a subscription id/,
    );
    expect(problem).toMatchObject({ line: 11, column: 5 });
  });

  it('refuses a capturedAt that has the shape of a date but is not one', () => {
    const [problem] = problems(() =>
      parseSnapshot('s.json', text({ ...VALID, capturedAt: '2026-02-30T06:00:00Z' })),
    );
    expect(problem?.message).toBe("capturedAt '2026-02-30T06:00:00Z' is not a real date and time");
    expect(problem?.line).toBe(3);
  });

  it('refuses ids repeated in different casing, at the repeat', () => {
    const [first] = VALID.resources;
    const repeat = { ...first!, id: first!.id.toLowerCase() };
    const [problem] = problems(() => parseSnapshot('s.json', text({ ...VALID, resources: [first, repeat] })));
    expect(problem?.message).toMatch(/^resources\[1\] repeats the id of resources\[0\]/);
    expect(problem?.line).toBe(10);
  });

  it('refuses absurd nesting before anything recurses into it', () => {
    const deep = `${'['.repeat(100_000)}"bottom"${']'.repeat(100_000)}`;
    const source = text({ ...VALID, resources: [{ ...VALID.resources[0], properties: { deep: 'DEEP' } }] });
    const [problem] = problems(() => parseSnapshot('s.json', source.replace('"DEEP"', deep)));
    expect(problem?.message).toMatch(/^resources\[0\]\.properties\.deep\[0\].*nested more than 64 levels/);
  });

  it('caps the list of problems', () => {
    const resources = Array.from({ length: 80 }, () => ({ name: 'x' }));
    const diagnostics = problems(() => parseSnapshot('s.json', text({ ...VALID, resources })));
    expect(diagnostics.length).toBeLessThanOrEqual(51);
    expect(diagnostics.at(-1)?.message).toMatch(/more problems/);
  });
});

describe('files', () => {
  it('refuses a file over the size limit before reading it', () => {
    const file = fileWith('big.json', text(VALID));
    const [problem] = problems(() => loadSnapshot(file, { maxBytes: 100 }));
    expect(problem?.message).toMatch(/estate snapshot is \d+ bytes; the limit is 100 bytes/);
  });

  it('locates bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "capturedAt": "'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"\n}'),
    ]);
    const [problem] = problems(() => loadSnapshot(fileWith('latin.json', bytes)));
    expect(problem).toMatchObject({ line: 2, column: 18 });
    expect(problem?.message).toMatch(/not valid UTF-8/);
  });

  it('refuses UTF-16', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(VALID), 'utf16le')]);
    expect(problems(() => loadSnapshot(fileWith('utf16.json', bytes)))[0]?.message).toMatch(/UTF-16/);
  });

  it('accepts a UTF-8 byte order mark', () => {
    const file = fileWith(
      'bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(VALID))]),
    );
    expect(loadSnapshot(file).capturedAt).toBe(VALID.capturedAt);
  });

  it('names a missing file and a directory', () => {
    expect(problems(() => loadSnapshot(join(dir, 'absent.json')))[0]?.message).toMatch(/not found/);
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    expect(problems(() => loadSnapshot(folder))[0]?.message).toMatch(/is a directory/);
  });
});

describe('only InputError escapes', () => {
  it('for arbitrary text and arbitrary JSON in the places a snapshot has structure', () => {
    const anyJson = fc.jsonValue();
    const snapshotLike = fc.record({
      schemaVersion: fc.oneof(fc.constant(1), anyJson),
      capturedAt: fc.oneof(fc.constant('2026-11-20T06:00:00Z'), anyJson),
      resources: fc.oneof(fc.array(fc.oneof(anyJson, fc.record({ id: anyJson, type: anyJson }))), anyJson),
      providers: fc.oneof(fc.dictionary(fc.string(), anyJson), anyJson),
    });
    const candidates = fc.oneof(
      fc.string(),
      fc.json(),
      snapshotLike.map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(candidates, (source) => {
        try {
          parseSnapshot('fuzz.json', source);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          for (const diagnostic of error.diagnostics) expect(diagnostic.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshotInPieces } from '../../src/estate/read-in-pieces.js';
import { loadSnapshot } from '../../src/estate/load-snapshot.js';
import { serialiseSnapshot } from '../../src/estate/write-snapshot.js';
import { generateEstate } from '../support/generate-estate.js';
import { readRepoFile } from '../support/fixtures.js';

/**
 * The piecewise reader must give exactly what JSON.parse of the whole text gives, whatever the layout
 * and wherever the chunk boundaries fall (inside a key, an escape, a multi-byte character), and must
 * give up — never guess — on anything that is not a well-formed object with one `resources` list.
 */
let dir: string;
let counter = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'in-pieces-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function fileWith(content: string | Buffer): string {
  const file = join(dir, `snapshot-${counter++}.json`);
  writeFileSync(file, content);
  return file;
}

const example = readRepoFile('examples', 'estate.json');

describe('readSnapshotInPieces', () => {
  it.each([1, 2, 3, 5, 64, 4096])(
    'reads the example exactly as JSON.parse does, in chunks of %i bytes',
    (chunk) => {
      expect(readSnapshotInPieces(fileWith(example), { chunkBytes: chunk })).toEqual(JSON.parse(example));
    },
  );

  // Small chunks cut elements (the byte scan); a large one holds them whole (elements found by their
  // closing line, the way pretty-printed files are read).
  it.each([7, 1 << 20])(
    'reads minified text and text with unusual spacing the same way (chunks of %i)',
    (chunk) => {
      const value = JSON.parse(example) as unknown;
      for (const text of [
        JSON.stringify(value),
        JSON.stringify(value, null, '\t'),
        `\r\n ${JSON.stringify(value, null, 1)}\n\n`,
        JSON.stringify(value, null, 2).replace(/\n/g, '\r\n'),
        // Each element on one line: no closing lines to find.
        JSON.stringify(value, null, 2)
          .replace(/\n {5,}/g, ' ')
          .replace(/\n {4}\}/g, ' }'),
      ]) {
        expect(readSnapshotInPieces(fileWith(text), { chunkBytes: chunk })).toEqual(value);
      }
    },
  );

  it("reads an element whose inner object closes at the element's own indentation", () => {
    const text = [
      '{',
      '  "schemaVersion": 1,',
      '  "resources": [',
      '    {',
      '      "id": "/a",',
      '      "inner": {',
      '    },',
      '      "after": [1, {"x": "}"}]',
      '    },',
      '    {',
      '      "id": "/b"',
      '    }',
      '  ],',
      '  "tail": {',
      '    }',
      '}',
    ].join('\n');
    for (const chunk of [5, 1 << 20])
      expect(readSnapshotInPieces(fileWith(text), { chunkBytes: chunk })).toEqual(JSON.parse(text));
  });

  it('reads many one-line elements in big chunks without searching each chunk for each of them', () => {
    const resources = Array.from({ length: 20_000 }, (_, n) => ({ id: `/r/${n}`, name: `r${n}` }));
    const text = `{\n  "schemaVersion": 1,\n  "resources": [\n${resources.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`;
    const counts = { whole: 0, scanned: 0, missedSearches: 0 };
    expect(readSnapshotInPieces(fileWith(text), { chunkBytes: 4 << 20, counts })).toEqual(JSON.parse(text));
    // Each failed search reads the rest of the chunk: for every element it would be quadratic. A few
    // misses in a row hand the file to the byte scan.
    expect(counts).toEqual({ whole: 0, scanned: 20_000, missedSearches: 8 });
  });

  it('for arbitrary resource documents: escapes, brackets in strings, non-ASCII text, "resources" as a value', () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"',
        '\\',
        '\\"',
        'resources',
        'é',
        '日本',
        '😀',
        '\u2028',
      ),
    );
    const document = fc.dictionary(
      fc.oneof(tricky, fc.constant('resources')),
      fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null), fc.array(tricky, { maxLength: 3 })),
      { maxKeys: 5 },
    );
    const snapshot = fc.record({
      before: fc.oneof(tricky, fc.array(tricky, { maxLength: 2 })),
      resources: fc.array(fc.oneof(document, tricky, fc.integer(), fc.array(document, { maxLength: 2 })), {
        maxLength: 6,
      }),
      after: fc.dictionary(tricky, tricky, { maxKeys: 3 }),
    });
    fc.assert(
      fc.property(
        snapshot,
        fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1 << 20)),
        fc.boolean(),
        (value, chunk, pretty) => {
          const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
          expect(readSnapshotInPieces(fileWith(text), { chunkBytes: chunk })).toEqual(JSON.parse(text));
        },
      ),
      // Seeded so CI is deterministic; change the seed locally to explore further.
      { numRuns: 300, seed: 20261121 },
    );
  });

  it('reads a generated estate written by export, as JSON.parse does', () => {
    const text = serialiseSnapshot(generateEstate({ clusters: 40, subscriptions: 3, seed: 5 }));
    for (const chunk of [997, 1 << 20])
      expect(readSnapshotInPieces(fileWith(text), { chunkBytes: chunk })).toEqual(JSON.parse(text));
    // In one chunk, every element of an exported file is taken whole by its closing line.
    const counts = { whole: 0, scanned: 0, missedSearches: 0 };
    readSnapshotInPieces(fileWith(text), { chunkBytes: 1 << 20, counts });
    expect(counts).toEqual({
      whole: (JSON.parse(text) as { resources: unknown[] }).resources.length,
      scanned: 0,
      missedSearches: 0,
    });
  });

  it.each([
    ['a syntax error inside a resource', example.replace('"name":', '"name" ')],
    [
      'a trailing comma after the last resource',
      example.replace(/\}\n {2}\],\n {2}"providers"/, '},\n  ],\n  "providers"'),
    ],
    ['a truncated file', example.slice(0, example.length / 2)],
    ['a top level that is a list', `[${example}]`],
    ['a byte-order mark', `\ufeff${example}`],
    ['a second resources key', example.replace('"providers":', '"resources": [],\n  "providers":')],
    ['no resources key', JSON.stringify({ schemaVersion: 1, capturedAt: 'x', providers: {} })],
    ['two values where one belongs', example.replace(/\}\n {2}\],/, '} {}\n  ],')],
    ['an empty file', ''],
  ])('gives up on %s, so the whole-text reader can say what is wrong', (_, text) => {
    expect(text).not.toBe(example); // the edit took
    expect(readSnapshotInPieces(fileWith(text), { chunkBytes: 64 })).toBeUndefined();
    expect(readSnapshotInPieces(fileWith(text), { chunkBytes: 1 << 20 })).toBeUndefined();
  });

  it('gives up on invalid UTF-8 inside a resource', () => {
    const bytes = Buffer.from(example, 'utf8');
    const at = bytes.indexOf(Buffer.from('aks-prod-weu'));
    bytes[at] = 0xff;
    expect(readSnapshotInPieces(fileWith(bytes), { chunkBytes: 4096 })).toBeUndefined();
  });

  it('gives up on a file that does not exist', () => {
    expect(readSnapshotInPieces(join(dir, 'missing.json'))).toBeUndefined();
  });
});

describe('loadSnapshot reads sound files in pieces and explains the rest', () => {
  it('a sound snapshot loads the same either way', () => {
    expect(loadSnapshot(fileWith(example))).toEqual(JSON.parse(example));
  });

  it('a snapshot the piecewise reader gives up on is still located precisely (the whole-text path)', () => {
    const file = fileWith(example.replace(/\}\n {2}\],\n {2}"providers"/, '},\n  ],\n  "providers"'));
    expect(() => loadSnapshot(file)).toThrow(/the file is not valid JSON/);
  });

  it('a parsable snapshot that breaks the schema is reported with its location, not loaded', () => {
    const file = fileWith(example.replace('"schemaVersion": 1', '"schemaVersion": 1, "surprise": true'));
    expect(() => loadSnapshot(file)).toThrow(/surprise/);
  });
});

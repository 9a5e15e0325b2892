import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findJsonSyntaxError, JsonLocator, positionAt } from '../../src/estate/json-text.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on valid JSON and on mutations of it', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\n', "'", '\\', 'x', '0', '-'),
      )
      .map(([text, at, insert]) => {
        const cut = text.length === 0 ? 0 : at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });

  it('names the trailing comma people leave behind', () => {
    const text = '{\n  "a": [1, 2,],\n  "b": 1\n}';
    const error = findJsonSyntaxError(text);
    expect(error?.message).toMatch(/',' before ']'/);
    expect(positionAt(text, error?.offset ?? -1)).toEqual({ line: 2, column: 14 });
  });

  it('points at the start of a string that is never closed', () => {
    const text = '{"a": "open\n}';
    const error = findJsonSyntaxError(text);
    // A raw line break inside the string is met first.
    expect(error?.message).toMatch(/control character/);
    expect(positionAt(text, error?.offset ?? -1)).toEqual({ line: 1, column: 12 });
  });

  it('survives nesting far deeper than any stack', () => {
    const text = '['.repeat(200_000);
    expect(findJsonSyntaxError(text)?.message).toMatch(/ends too early/);
  });
});

describe('JsonLocator', () => {
  const text = [
    '{',
    '  "resources": [',
    '    {"id": "a"},',
    '    {',
    '      "id": "b", "id": "c"',
    '    }',
    '  ]',
    '}',
  ].join('\n');

  it('finds list elements and keys, the last of repeated keys as JSON.parse keeps it', () => {
    const locator = new JsonLocator(text);
    expect(locator.position(['resources', 0])).toEqual({ line: 3, column: 5 });
    expect(locator.position(['resources', 1, 'id'])).toEqual({ line: 5, column: 24 });
    expect(locator.position(['resources', 1, 'id'], 'key')).toEqual({ line: 5, column: 18 });
  });

  it('falls back to the nearest enclosing value when the path does not exist', () => {
    const locator = new JsonLocator(text);
    expect(locator.position(['resources', 5])).toEqual({ line: 2, column: 16 });
    expect(locator.position(['missing'])).toEqual({ line: 1, column: 1 });
  });

  it('counts columns in characters, so an emoji is one column', () => {
    expect(positionAt('{"a": "😀", "b": 1}', 13)).toEqual({ line: 1, column: 13 });
  });
});

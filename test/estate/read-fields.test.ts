import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { field, stringAt } from '../../src/estate/read-fields.js';

describe('field', () => {
  it('reads the exact spelling first, then any casing', () => {
    expect(field({ ExtensionType: 'x' }, 'extensionType')).toBe('x');
    expect(field({ extensionType: 'a', ExtensionType: 'b' }, 'extensionType')).toBe('a');
    expect(field({ 'a@b': 1 }, 'a`b')).toBeUndefined();
    expect(field({ 'x[y': 1 }, 'x{y')).toBeUndefined();
    expect(stringAt({ properties: { Status: 'Completed' } }, 'properties', 'status')).toBe('Completed');
  });

  // The case-insensitive match compares characters without lower-cased copies; it must agree with
  // toLowerCase on every pair of names, ASCII or not.
  it('matches a key in another casing exactly when toLowerCase says they are equal', () => {
    const letter = fc.constantFrom(
      'a',
      'A',
      'z',
      'Z',
      '@',
      '`',
      '[',
      '{',
      '_',
      '1',
      'İ',
      'i',
      'ẞ',
      'ß',
      'Σ',
      'σ',
      'ς',
    );
    const name = fc.array(letter, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(name, name, (key, wanted) => {
        fc.pre(key !== wanted);
        const expected =
          key.length === wanted.length && key.toLowerCase() === wanted.toLowerCase() ? 'found' : undefined;
        expect(field({ [key]: 'found' }, wanted)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

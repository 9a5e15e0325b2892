import { describe, expect, it } from '@jest/globals';
import { findTooDeep, MAX_NESTING } from '../../src/estate/nesting.js';

/** `depth` lists inside one another, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = [value];
  return value;
}

describe('findTooDeep', () => {
  it('accepts nesting up to the limit and names the path of the first value past it', () => {
    expect(findTooDeep({ a: nested(MAX_NESTING - 1) })).toBeUndefined();
    const path = findTooDeep({ a: { b: nested(MAX_NESTING) } });
    expect(path?.slice(0, 2)).toEqual(['a', 'b']);
    expect(path).toHaveLength(MAX_NESTING);
  });

  it('checks a million levels without running out of stack', () => {
    expect(findTooDeep(nested(1_000_000))).toHaveLength(MAX_NESTING);
  });

  it('looks into every key and item, not only the first', () => {
    expect(findTooDeep({ a: 1, b: [1, 2, { c: nested(MAX_NESTING) }] }, MAX_NESTING)?.slice(0, 3)).toEqual([
      'b',
      2,
      'c',
    ]);
    expect(findTooDeep([0, 'x', null, { deep: nested(3) }], 4)).toEqual([3, 'deep', 0, 0]);
  });
});

/**
 * Nesting bound for loaded snapshots. JSON.parse accepts any depth, but the canonical writer recurses,
 * so a hostile file nested 100,000 levels deep would end in a RangeError instead of an InputError. ARM
 * documents nest about ten levels (a policy's tagging criteria are the deepest); 64 is far above that.
 * Checking costs one walk over the parsed value (~150 ms for 10,000 clusters); the path to the offending
 * value is worked out only when there is one.
 */
export const MAX_NESTING = 64;

type Segment = string | number;

/** The path to the first value nested deeper than `limit`, or undefined. Iterative: no stack to overflow. */
export function findTooDeep(root: unknown, limit = MAX_NESTING): Segment[] | undefined {
  return exceeds(root, limit) ? pathTooDeep(root, limit) : undefined;
}

function exceeds(root: unknown, limit: number): boolean {
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) return true;
    if (Array.isArray(value)) {
      for (const item of value) {
        values.push(item);
        depths.push(depth + 1);
      }
    } else {
      for (const key in value) {
        values.push((value as Record<string, unknown>)[key]);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

function pathTooDeep(root: unknown, limit: number): Segment[] | undefined {
  const stack: { value: unknown; path: Segment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= limit) return path;
    const entries: [Segment, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

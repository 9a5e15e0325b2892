/**
 * Nesting bound for loaded snapshots. JSON.parse accepts any depth, but the canonical writer recurses,
 * so a hostile file nested 100,000 levels deep would end in a RangeError instead of an InputError. ARM
 * documents nest about ten levels (a policy's tagging criteria are the deepest); 64 is far above that.
 * Checking costs one walk over the parsed value (~150 ms for 10,000 clusters); the path to the offending
 * value is worked out only when there is one.
 */
export const MAX_NESTING = 64;

type Segment = string | number;

/**
 * The path to the first value nested deeper than `limit`, or undefined. The yes-or-no walk recurses but
 * stops one level past the limit, so its stack is never deeper than the limit whatever the input; it
 * allocates nothing (a snapshot has 150,000 documents to check). The path is found iteratively.
 */
export function findTooDeep(root: unknown, limit = MAX_NESTING): Segment[] | undefined {
  return exceeds(root, limit, 1) ? pathTooDeep(root, limit) : undefined;
}

function exceeds(value: unknown, limit: number, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > limit) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (exceeds(item, limit, depth + 1)) return true;
  } else {
    for (const key in value) {
      if (exceeds((value as Record<string, unknown>)[key], limit, depth + 1)) return true;
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

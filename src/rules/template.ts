/**
 * Message templates of rule files: text with `{path}` placeholders that read the failure's values and
 * then the subject document (`{vault.location}`, `{errors.0.code}`), `{$matrix.<path>}` for a support-matrix
 * value (so messages follow the matrix), and `{path|fallback}` for facts that may be unknown. Compiled once per rule; rendering is a join, cheap enough for every finding.
 */
export type Template = ((lookup: (path: string) => unknown) => string) & {
  /** The placeholder paths, so a loader can check them (e.g. `$matrix.` paths exist). */
  paths: readonly string[];
};

const PLACEHOLDER = /\{([$A-Za-z_][\w$.-]*)(?:\|([^{}]*))?\}/g;

export class TemplateError extends Error {}

export function compileTemplate(text: string): Template {
  const parts: (string | { path: string; fallback?: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, match.index));
    parts.push({ path: match[1]!, ...(match[2] !== undefined ? { fallback: match[2] } : {}) });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  for (const part of parts) {
    if (typeof part === 'string' && /[{}]/.test(part)) {
      throw new TemplateError(
        `unbalanced '{' or '}' in the message template; placeholders look like {path} or {path|fallback}`,
      );
    }
  }
  const render = (lookup: (path: string) => unknown): string => {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      const value = lookup(part.path);
      text += value === undefined || value === null ? (part.fallback ?? 'unknown') : formatValue(value);
    }
    return text;
  };
  return Object.assign(render, {
    paths: parts.filter((p) => typeof p !== 'string').map((p) => p.path),
  });
}

export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Paths split once: rules name a handful, and messages read them for every finding. */
const segmentsByPath = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 10_000;

function segmentsOf(path: string): readonly string[] {
  let segments = segmentsByPath.get(path);
  if (!segments) {
    segments = path.split('.');
    if (segmentsByPath.size < MAX_CACHED_PATHS) segmentsByPath.set(path, segments);
  }
  return segments;
}

/** `a.b.0.c` in a plain document. */
export function readPath(document: unknown, path: string): unknown {
  let node = document;
  for (const part of segmentsOf(path)) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

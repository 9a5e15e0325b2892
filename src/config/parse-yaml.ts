import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
  type YAMLError,
} from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { InputError } from './diagnostics.js';
import { plainYamlParser } from './plain-yaml.js';
import { SourceMap } from './source-map.js';

/**
 * Bounds for hostile YAML. Aliases: yaml's own guard against "billion laughs" expansion. Depth: the
 * desired-state format nests about six levels; 64 leaves room for anything legitimate.
 */
export const MAX_ALIAS_COUNT = 100;
export const MAX_DEPTH = 64;
/** Past this many problems a file is not worth listing further; the first ones are what to fix. */
export const MAX_DIAGNOSTICS = 50;

/** How every file is read, by the full parser and by the plain-YAML shortcut alike. */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: true,
  uniqueKeys: true,
  schema: 'core',
  merge: false,
  strict: true,
  // The library would print process warnings (e.g. for collection keys) to stderr; every problem is
  // reported through doc.errors and doc.warnings instead.
  logLevel: 'error',
};

const parsePlainYaml = plainYamlParser({ ...YAML_OPTIONS, maxDepth: MAX_DEPTH });

export interface ParsedYaml {
  value: unknown;
  sourceMap: SourceMap;
}

/**
 * Parses one YAML document into plain JSON values plus the position of every value. Every YAML file the
 * tool reads (the desired state, rule files, the support matrix) goes through here, with the same bounds.
 */
export function parseYaml(
  file: string,
  text: string,
  emptyMessage = "the file is empty: expected a mapping that starts with 'version: 1'",
): ParsedYaml {
  if (text.trim() === '' || text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) {
    throw new InputError([{ file, line: 1, column: 1, message: emptyMessage }]);
  }
  // Most files are plain block YAML, which the shortcut reads many times faster than the full parser
  // on first use; anything else, including every mistake, is left to the full parser and its messages.
  return parsePlainYaml(file, text) ?? parseFullYaml(file, text);
}

/** The general path: any YAML, with a located message for every problem. */
function parseFullYaml(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });

  const diagnostics: Diagnostic[] = [];
  let exhausted = false;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    if (isStackOverflow(problem)) {
      // The parser reports one error per stack frame it unwinds; one message says it all.
      if (exhausted) continue;
      exhausted = true;
      diagnostics.push(
        at(
          file,
          problem.linePos?.[0],
          `the file nests too deeply (more than the parser can follow); the desired state needs about six levels`,
        ),
      );
      continue;
    }
    diagnostics.push(at(file, problem.linePos?.[0], explainYamlProblem(problem.code, problem.message)));
  }
  if (diagnostics.length > 0) throw new InputError(limit(diagnostics));

  const depth = maxDepth(doc.contents);
  if (depth.depth > MAX_DEPTH) {
    const { line, col } = lineCounter.linePos(depth.offset);
    throw new InputError([
      {
        file,
        line,
        column: col,
        message: `the file nests ${depth.depth} levels deep; the limit is ${MAX_DEPTH}`,
      },
    ]);
  }

  const complexKey = firstComplexKey(doc.contents);
  if (complexKey !== undefined) {
    const { line, col } = lineCounter.linePos(complexKey);
    throw new InputError([
      { file, line, column: col, message: 'a mapping key must be a plain string, not a list or a mapping' },
    ]);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    const text = /Excessive alias count/.test(message)
      ? `aliases expand too much (limit ${MAX_ALIAS_COUNT}): this looks like an alias bomb; write the values out or use 'defaults:'`
      : /Unresolved alias/.test(message)
        ? `${message.replace(/\s*\(.*\)/, '')}: define the anchor (&name) before using it (*name)`
        : `the YAML cannot be read: ${message}`;
    throw new InputError([{ file, line: 1, column: 1, message: text }]);
  }
  return { value, sourceMap: SourceMap.fromDocument(file, doc.contents as Node | null, lineCounter) };
}

/**
 * The parser catches a stack overflow where it strikes: around a collection (RESOURCE_EXHAUSTION) or,
 * when it strikes while a scalar's tag is resolved, as a failed tag. Which one depends on how much stack
 * the caller had used, so both count as the same problem.
 */
function isStackOverflow(problem: YAMLError): boolean {
  return problem.code === 'RESOURCE_EXHAUSTION' || /^Maximum call stack size exceeded/.test(problem.message);
}

function at(file: string, pos: { line: number; col: number } | undefined, message: string): Diagnostic {
  return { file, line: pos?.line ?? 1, column: pos?.col ?? 1, message };
}

/** yaml's messages end in " at line L, column C:" plus a code excerpt; we print the location ourselves. */
function explainYamlProblem(code: string, message: string): string {
  const head = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a key may appear only once in a mapping (the later one would silently win)';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation: YAML allows only spaces there';
    case 'MULTIPLE_DOCS':
      return "more than one YAML document ('---'): put the whole desired state in one document";
    case 'TAG_RESOLVE_FAILED':
      return `${head}: custom YAML tags are not supported`;
    default:
      return `YAML syntax error: ${head.charAt(0).toLowerCase()}${head.slice(1)}`;
  }
}

function limit(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const first = diagnostics[0]!;
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    {
      file: first.file,
      message: `…and ${diagnostics.length - MAX_DIAGNOSTICS} more problems; fix the ones above first`,
    },
  ];
}

/** The offset of the first key that is a collection (`? [a, b]: c`), which has no JSON form. */
function firstComplexKey(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    for (const item of node.items as unknown[]) {
      if (isMap(node) && isPair(item)) {
        if (item.key !== null && !isScalar(item.key))
          return (item.key as Node).range?.[0] ?? node.range?.[0] ?? 0;
        stack.push(item.value);
      } else stack.push(item);
    }
  }
  return undefined;
}

/** Iterative, so that measuring a hostile file cannot itself overflow the stack. */
function maxDepth(root: unknown): { depth: number; offset: number } {
  let deepest = { depth: 0, offset: 0 };
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth > deepest.depth) deepest = { depth, offset: node.range?.[0] ?? 0 };
    if (depth > MAX_DEPTH) break;
    for (const item of node.items as unknown[]) {
      const child =
        item && typeof item === 'object' && 'value' in item && !isCollection(item)
          ? (item as { value: unknown }).value
          : item;
      stack.push({ node: child, depth: depth + 1 });
    }
  }
  return deepest;
}

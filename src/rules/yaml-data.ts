import { LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../config/diagnostics.js';
import { InputError } from '../config/diagnostics.js';
import { SourceMap } from '../config/source-map.js';

/** Rule files and the support matrix are small; aliases beyond this are a mistake or an attack. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedData {
  value: unknown;
  sourceMap: SourceMap;
}

/**
 * Parses one YAML data file of the policy folder (a rule, the support matrix) into plain values plus the
 * position of every value, so that schema errors can name file:line:column. The same strict settings as
 * the desired-state loader: unique keys, no merge keys, YAML 1.2 core types (dates stay strings).
 */
export function parseDataFile(file: string, text: string, what: string): ParsedData {
  if (text.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line))) {
    throw new InputError([{ file, line: 1, column: 1, message: `the ${what} is empty` }]);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
    strict: true,
    logLevel: 'error',
  });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      file,
      line: problem.linePos?.[0]?.line ?? 1,
      column: problem.linePos?.[0]?.col ?? 1,
      message: `YAML error in the ${what}: ${(problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
    throw new InputError(diagnostics);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new InputError([
      { file, line: 1, column: 1, message: `the ${what} cannot be read: ${(error as Error).message}` },
    ]);
  }
  return { value, sourceMap: SourceMap.fromDocument(file, doc.contents as Node | null, lineCounter) };
}

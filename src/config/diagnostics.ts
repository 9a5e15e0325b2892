/** Where a value came from, so that every message can point at the line a person has to edit. */
export interface SourceLocation {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** One problem with the user's input. Printed as `file:line:column: message`. */
export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  return `${where}: ${d.message}`;
}

/**
 * Bad input: the tool cannot go on, and every problem found is listed so a user fixes them all in one
 * round instead of one per run. Never carries a stack trace to the user.
 */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../config/diagnostics.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';
import { renderSarif, type RuleDescriptor } from './sarif.js';

export interface ReportFiles {
  jsonFile?: string;
  sarifFile?: string;
  markdownFile?: string;
}

/**
 * Writes the report files both front doors offer (JSON, SARIF, Markdown). Returns the paths written. A path that
 * cannot be written is bad input: an InputError naming it, never a crash.
 */
export function writeReportFiles(
  report: Report,
  files: ReportFiles,
  rules: readonly RuleDescriptor[],
  baseDir: string,
): ReportFiles {
  const written: ReportFiles = {};
  if (files.jsonFile) {
    write(files.jsonFile, renderJson(report), 'JSON report');
    written.jsonFile = files.jsonFile;
  }
  if (files.sarifFile) {
    write(files.sarifFile, renderSarif(report, { baseDir, rules }), 'SARIF file');
    written.sarifFile = files.sarifFile;
  }
  if (files.markdownFile) {
    write(files.markdownFile, renderMarkdown(report), 'Markdown report');
    written.markdownFile = files.markdownFile;
  }
  return written;
}

function write(file: string, content: string, what: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  } catch (error) {
    throw new InputError([{ file, message: `cannot write the ${what}: ${(error as Error).message}` }]);
  }
}

import { SEVERITIES, type Change, type Finding, type Report, type Severity, type Summary } from './model.js';
import { REPORT_SCHEMA_VERSION, type CommandName } from './model.js';
import type { Diagnostic } from '../config/diagnostics.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface ReportParts {
  command: CommandName;
  failOn: Severity;
  now: Date;
  config?: string;
  changes?: Change[];
  findings?: Finding[];
  errors?: Diagnostic[];
  stats?: Record<string, number>;
}

/** Assembles a report and derives its summary and exit code, so no command computes them on its own. */
export function buildReport(parts: ReportParts): Report {
  const changes = parts.changes ?? [];
  const findings = sortFindings(parts.findings ?? []);
  const errors = parts.errors ?? [];
  const summary = summarise(changes, findings);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    command: parts.command,
    generatedAt: parts.now.toISOString(),
    ...(parts.config !== undefined ? { config: parts.config } : {}),
    exitCode: exitCodeFor(errors, changes, findings, parts.failOn),
    failOn: parts.failOn,
    summary,
    changes,
    findings,
    errors,
    stats: parts.stats ?? {},
  };
}

export function summarise(changes: readonly Change[], findings: readonly Finding[]): Summary {
  const summary: Summary = {
    create: 0,
    update: 0,
    replace: 0,
    delete: 0,
    noop: 0,
    findings: { error: 0, warning: 0, info: 0, exempted: 0 },
  };
  for (const change of changes) summary[change.action]++;
  for (const finding of findings) {
    if (finding.exempted) summary.findings.exempted++;
    else summary.findings[finding.severity]++;
  }
  return summary;
}

/** `terraform plan -detailed-exitcode` semantics: 1 error, 2 something to act on, 0 nothing. */
export function exitCodeFor(
  errors: readonly Diagnostic[],
  changes: readonly Change[],
  findings: readonly Finding[],
  failOn: Severity,
): 0 | 1 | 2 {
  if (errors.length > 0) return 1;
  // A change apply has done is no longer pending.
  if (changes.some((c) => c.action !== 'noop' && c.outcome?.status !== 'done')) return 2;
  if (findings.some((f) => !f.exempted && atOrAbove(f.severity, failOn))) return 2;
  return 0;
}

export function atOrAbove(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Most severe first, then by file position: what people should read first comes first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.exempted) - Number(b.exempted) ||
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

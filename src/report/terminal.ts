import { formatDiagnostic } from '../config/diagnostics.js';
import type { Finding, Report } from './model.js';
import { renderAuditText } from './audit-table.js';
import { renderCatalogueText } from './catalogue-text.js';
import { applyClosingLine, renderApplyResults } from './apply-text.js';
import { renderChanges } from './plan-text.js';

/**
 * The terminal rendering: one line per problem in the `file:line:column: severity: message` form that
 * editors and terminals turn into links, then one closing line with the counts.
 */
export function renderTerminal(report: Report): string {
  const lines: string[] = [];
  if (report.rules && report.errors.length === 0) lines.push(renderCatalogueText(report.rules).trimEnd());
  if (report.clusters && report.errors.length === 0) lines.push(renderAuditText(report.clusters), '');
  if (report.command === 'apply') {
    lines.push(...renderApplyResults(report.changes));
  } else if (report.command !== 'validate' && report.errors.length === 0 && report.changes.length > 0) {
    lines.push(...renderChanges(report.changes));
  }
  for (const error of report.errors)
    lines.push(formatDiagnostic({ ...error, message: `error: ${error.message}` }));
  for (const finding of report.findings) lines.push(formatFinding(finding));
  if (report.errors.length === 0) lines.push(...operationLines(report));
  if (lines.length > 0) lines.push('');
  lines.push(closingLine(report));
  return `${lines.join('\n')}\n`;
}

function formatFinding(finding: Finding): string {
  const where =
    finding.file === undefined
      ? ''
      : `${finding.file}${finding.line === undefined ? '' : `:${finding.line}:${finding.column ?? 1}`}: `;
  const exempted = finding.exempted ? ` (exempted: ${finding.exemption?.reason ?? 'see config'})` : '';
  const subject = finding.cluster ? ` [${finding.cluster}]` : '';
  return `${where}${finding.severity} ${finding.ruleId}${subject}: ${finding.message}${exempted}`;
}

/** One line per gate or drill, for the log; the Markdown report shows the same as a table. */
export function operationLines(report: Report): string[] {
  const gates = (report.gates ?? []).map(
    (g) => `${g.verdict === 'passed' ? 'PASS' : 'FAIL'} ${g.cluster}: ${g.reason}`,
  );
  const drills = (report.drills ?? []).map(
    (d) =>
      `${d.status === 'succeeded' ? 'RESTORED' : 'FAILED'} ${d.cluster} → ${d.target}: recovery point ${d.recoveryPointId}, RPO ${d.rpoSeconds}s, RTO ${d.rtoSeconds}s${d.error ? ` (${d.error})` : ''}`,
  );
  return [...gates, ...drills];
}

export function closingLine(report: Report): string {
  const { findings } = report.summary;
  const findingText = `${findings.error} error${plural(findings.error)}, ${findings.warning} warning${plural(findings.warning)}, ${findings.info} info${findings.exempted ? `, ${findings.exempted} exempted` : ''}`;
  if (report.command === 'apply') return applyClosingLine(report);
  if (report.errors.length > 0) {
    return `${report.command} failed: ${report.errors.length} problem${plural(report.errors.length)} to fix in the input.`;
  }
  if (report.command === 'rules') {
    const s = report.stats;
    return `${s.rules ?? 0} rules: ${s.builtIn ?? 0} built-in, ${s.organisation ?? 0} from the organisation folder (${s.error ?? 0} error, ${s.warning ?? 0} warning, ${s.info ?? 0} info).`;
  }
  if (report.command === 'audit') {
    const s = report.stats;
    return `Audit: ${s.compliant ?? 0} of ${s.clusters ?? 0} clusters compliant (${s.compliancePercent ?? 0}%), ${s.unprotected ?? 0} unprotected, ${s.unhealthy ?? 0} unhealthy. ${report.summary.create + report.summary.update + report.summary.replace + report.summary.delete} changes pending. Findings: ${findingText}.`;
  }
  if (report.command === 'backup') {
    const gates = report.gates ?? [];
    const passed = gates.filter((g) => g.verdict === 'passed');
    return `Pre-upgrade gate: ${passed.length} of ${gates.length} cluster${gates.length === 1 ? '' : 's'} passed.`;
  }
  if (report.command === 'restore-test') {
    return `Restore drill: ${report.stats.restored ?? 0} of ${report.stats.clusters ?? 0} clusters restored.`;
  }
  if (report.command === 'export') {
    return `Exported ${report.stats.resources ?? 0} resources (${report.stats.clusters ?? 0} clusters, ${report.stats.backupInstances ?? 0} backup instances).`;
  }
  if (report.command === 'validate') {
    const s = report.stats;
    const shape = `${s.clusters ?? 0} cluster${plural(s.clusters ?? 0)}, ${s.selectors ?? 0} selector${plural(s.selectors ?? 0)}, ${s.vaults ?? 0} vault${plural(s.vaults ?? 0)}, ${s.policies ?? 0} polic${(s.policies ?? 0) === 1 ? 'y' : 'ies'}, ${s.exemptions ?? 0} exemption${plural(s.exemptions ?? 0)}`;
    const verdict = report.exitCode === 0 ? 'valid' : `not compliant at fail-on '${report.failOn}'`;
    return `${report.config ?? 'config'}: ${verdict} (${shape}). Findings: ${findingText}.`;
  }
  const { create, update, replace, delete: destroy } = report.summary;
  const total = findings.error + findings.warning + findings.info;
  const exempted = findings.exempted ? `, ${findings.exempted} exempted` : '';
  return `Plan: ${create} to add, ${update} to change, ${replace} to replace, ${destroy} to destroy. ${total} finding${plural(total)} (${findings.error} error${plural(findings.error)}, ${findings.warning} warning${plural(findings.warning)}${exempted}).`;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

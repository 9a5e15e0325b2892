import { formatDiagnostic } from '../config/diagnostics.js';
import { AUDIT_HEADERS, auditRows, type AuditRow } from './audit-table.js';
import type { DrillRecord } from '../operations/drill-history.js';
import type { ChangeAction, ClusterStatus, Finding, GateResult, Report, Severity } from './model.js';
import { shortName } from './plan-text.js';
import { closingLine } from './terminal.js';

/** GitHub keeps at most 1 MiB of step summary (actions/runner FileCommandManager.cs). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

const DIFF_PREFIX: Record<ChangeAction, string> = {
  create: '+',
  update: '~',
  replace: '+',
  delete: '-',
  noop: ' ',
};

const ICON: Record<Severity, string> = { error: '🔴', warning: '🟠', info: '🔵' };

/**
 * Markdown for the job summary (and later the PR comment): verdict and counts first, then problems
 * grouped by severity, details folded. Cut to `maxBytes` with a pointer to the full report, never failed.
 */
export function renderMarkdown(
  report: Report,
  maxBytes = MAX_SUMMARY_BYTES,
  pointer = FULL_REPORT_POINTER,
): string {
  const verdict = report.exitCode === 0 ? '✅' : report.exitCode === 1 ? '❌' : '⚠️';
  const head = [`## ${verdict} AKS Backup Guard: ${report.command}`, '', escapeText(closingLine(report)), ''];
  const body: string[] = [];
  if (report.clusters && report.clusters.length > 0) body.push(...auditTable(report.clusters));
  if (report.gates && report.gates.length > 0) body.push(...gateTable(report.gates));
  if (report.drills && report.drills.length > 0) body.push(...drillTable(report.drills));
  const acting = report.changes.filter((c) => c.action !== 'noop');
  if (report.summary.replace + report.summary.delete > 0) {
    body.push(
      `> [!CAUTION]`,
      `> This plan replaces or deletes ${report.summary.replace + report.summary.delete} resource(s). A replaced backup instance starts without recovery points.`,
      '',
    );
  }
  if (acting.length > 0) {
    body.push(`<details><summary>Changes (${acting.length})</summary>`, '', '```diff');
    for (const change of acting) {
      // GitHub colours diff lines by their first character: + green, - red; a replacement is both.
      if (change.action === 'replace') body.push(`- ${change.kind} ${inCode(shortName(change))}`);
      // apply: what became of it (done, failed, not attempted, interrupted).
      const outcome = change.outcome
        ? ` (${change.outcome.status}, ${change.outcome.seconds.toFixed(1)}s)`
        : '';
      body.push(`${DIFF_PREFIX[change.action]} ${change.kind} ${inCode(shortName(change))}${outcome}`);
      for (const reason of change.reasons) body.push(`    ${inCode(reason)}`);
    }
    body.push('```', '', '</details>', '');
  }
  if (report.errors.length > 0) {
    body.push('### Problems to fix', '');
    for (const error of report.errors) body.push(`- ${escapeText(formatDiagnostic(error))}`);
    body.push('');
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = report.findings.filter((f) => f.severity === severity && !f.exempted);
    if (group.length > 0)
      body.push(
        ...findingTable(`${ICON[severity]} ${severity} (${group.length})`, group, severity === 'info'),
      );
  }
  const exempted = report.findings.filter((f) => f.exempted);
  if (exempted.length > 0) body.push(...findingTable(`Exempted (${exempted.length})`, exempted, true));
  return fit([...head, ...body].join('\n'), maxBytes, pointer);
}

function findingTable(title: string, findings: Finding[], folded: boolean): string[] {
  const rows = findings.map((f) => {
    const rule = f.docs ? `[${escapeText(f.ruleId)}](${safeLink(f.docs)})` : escapeText(f.ruleId);
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '';
    const note =
      f.exempted && f.exemption ? ` (exempted until ${f.exemption.expires}: ${f.exemption.reason})` : '';
    return `| ${rule} | ${escapeText(f.cluster ?? '')} | ${escapeText(f.message + note)} | ${escapeText(where)} |`;
  });
  const table = ['| Rule | Cluster | Finding | Where |', '| --- | --- | --- | --- |', ...rows];
  return folded
    ? [`<details><summary>${title}</summary>`, '', ...table, '', '</details>', '']
    : [`### ${title}`, '', ...table, ''];
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeText).join(' | ')} |`),
    '',
  ];
}

/** The pre-upgrade gate, one row per cluster: what a reviewer of the upgrade pipeline looks for. */
function gateTable(gates: readonly GateResult[]): string[] {
  return table(
    ['Cluster', 'Gate', 'Recovery point', 'Backup job', 'Waited', 'Why'],
    gates.map((g) => [
      g.cluster,
      g.verdict === 'passed' ? '✅ passed' : '❌ failed',
      g.recoveryPointTime ?? g.recoveryPointId ?? '—',
      g.jobId ?? '—',
      g.waitSeconds === undefined ? '—' : `${Math.round(g.waitSeconds)} s`,
      g.reason,
    ]),
  );
}

/** The restore drill, one row per cluster, with the measured RPO and RTO. */
function drillTable(drills: readonly DrillRecord[]): string[] {
  return table(
    ['Cluster', 'Restored into', 'Result', 'RPO', 'RTO', 'Recovery point', 'Restore job'],
    drills.map((d) => [
      d.cluster,
      d.target,
      d.status === 'succeeded' ? '✅ restored' : `❌ failed${d.error ? `: ${d.error}` : ''}`,
      duration(d.rpoSeconds),
      duration(d.rtoSeconds),
      d.recoveryPointId,
      d.jobId ?? '—',
    ]),
  );
}

function duration(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function auditTable(clusters: readonly ClusterStatus[]): string[] {
  const keys = Object.keys(AUDIT_HEADERS) as (keyof AuditRow)[];
  return table(
    keys.map((k) => AUDIT_HEADERS[k]),
    auditRows(clusters).map((row) => keys.map((k) => row[k])),
  );
}

/**
 * Text from users and from Azure (exemption reasons, messages, names, paths) rendered as literal text:
 * no HTML, no links or emphasis, no table breaks, and no @-mentions that would notify people from a PR
 * comment. One line: newlines become spaces.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Inside a fenced code block only a fence can break out: keep backtick runs short. */
function inCode(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/`{3,}/g, (run) => "'".repeat(run.length));
}

/** Rule docs links: https URLs or repository paths; anything else (javascript:, data:) is not a link. */
export function safeLink(link: string): string {
  if (!/^https:\/\//i.test(link) && /^[a-z][a-z0-9+.-]*:/i.test(link)) return '#';
  return link.replace(
    /[()\s<>]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Where the full report is when the Markdown had to be cut: the end of the notice `fit` adds. */
export const FULL_REPORT_POINTER = 'the full report is in the JSON output (json-file)';

/**
 * Cuts at a line boundary so the result, with its notice, stays within `maxBytes` of UTF-8. GitHub's
 * limits count characters, and a text of at most N bytes has at most N characters.
 */
export function fit(markdown: string, maxBytes: number, pointer = FULL_REPORT_POINTER): string {
  if (Buffer.byteLength(markdown) <= maxBytes) return markdown;
  const notice = `\n\n…the report was cut to fit GitHub's limit; ${pointer}.\n`;
  const budget = maxBytes - Buffer.byteLength(notice);
  const lines = markdown.split('\n');
  let size = 0;
  let kept = 0;
  for (const line of lines) {
    const next = Buffer.byteLength(line) + 1;
    if (size + next > budget) break;
    size += next;
    kept++;
  }
  return lines.slice(0, kept).join('\n') + notice;
}

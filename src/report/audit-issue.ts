import { escapeText, renderMarkdown, safeLink } from './markdown.js';
import type { Report } from './model.js';

/** What the audit issue's texts say about where they come from. */
export interface AuditIssueSource {
  /** The config file, or the scope when the audit ran without one (and the shard). */
  subject: string;
  /** The workflow run that wrote the text, when known. */
  runUrl?: string;
}

/**
 * The audit issue's body: what the issue is, then the audit's Markdown report (the same renderer as the
 * job summary: compliance line, counts, findings; every string from users or Azure escaped) with the
 * table cut down to the clusters that are not compliant. Fitted to `maxBytes`, pointing at the run for
 * the full report when cut.
 */
export function renderAuditIssueBody(report: Report, source: AuditIssueSource, maxBytes: number): string {
  const intro = [
    `Kept up to date by AKS Backup Guard's scheduled \`audit\` of ${escapeText(source.subject)}: updated on every run that is not compliant, closed when the audit is compliant again.${source.runUrl ? ` Last run: ${runLink(source.runUrl, report)}.` : ''}`,
    '',
    '',
  ].join('\n');
  const nonCompliant = { ...report, clusters: (report.clusters ?? []).filter((c) => !c.compliant) };
  const pointer = source.runUrl
    ? `the full report is in the job summary of ${runLink(source.runUrl, report)}`
    : 'the full report is in the job summary of the run';
  return intro + renderMarkdown(nonCompliant, maxBytes - Buffer.byteLength(intro), pointer);
}

/** The issue's title, set once when it is created. GitHub caps titles at 256 characters. */
export function auditIssueTitle(subject: string): string {
  const title = `AKS Backup Guard audit: clusters out of compliance (${subject})`;
  return title.length <= 256 ? title : `${title.slice(0, 254)}…)`;
}

export function auditIssueCloseComment(report: Report, source: AuditIssueSource): string {
  return `✅ The audit is compliant again: ${complianceText(report)}${source.runUrl ? ` (${runLink(source.runUrl, report)})` : ''}. Closing this issue; it is reopened if the audit finds problems again.`;
}

export function auditIssueReopenComment(report: Report, source: AuditIssueSource): string {
  return `⚠️ The audit is not compliant again: ${complianceText(report)}${source.runUrl ? ` (${runLink(source.runUrl, report)})` : ''}. The description above is the current report.`;
}

function complianceText(report: Report): string {
  const s = report.stats;
  return `${s.compliant ?? 0} of ${s.clusters ?? 0} clusters compliant (${s.compliancePercent ?? 0}%)`;
}

function runLink(url: string, report: Report): string {
  return `[run of ${escapeText(report.generatedAt)}](${safeLink(url)})`;
}

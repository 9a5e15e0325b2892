import * as core from '@actions/core';
import { runCommand } from './commands/run.js';
import { formatDiagnostic, InputError } from './config/diagnostics.js';
import { annotate } from './github/annotations.js';
import { actionLogger, readInput, setOutput, writeSummary } from './github/action-io.js';
import { keepAuditIssue } from './github/audit-issue.js';
import { commentOnPullRequest } from './github/pull-request.js';
import { buildReport } from './report/build.js';
import { renderMarkdown } from './report/markdown.js';
import type { CommandName, Report } from './report/model.js';
import { renderTerminal } from './report/terminal.js';
import { writeRequestedFiles } from './commands/output-files.js';
import { resolveSettings } from './settings/settings.js';
import { clockFromEnv } from './util/clock.js';
import { pollIntervalFromEnv } from './util/poll-interval.js';

/**
 * The action's front door: inputs → settings → command → report → log, annotations, outputs, summary.
 * One try/catch turns anything unexpected into a failed step with a message, never a stack trace.
 * The clock honours AKS_BACKUP_GUARD_NOW however run() is called (dist/index.js, @github/local-action).
 */
export async function run(clock: () => Date = clockFromEnv(process.env)): Promise<void> {
  let report: Report | undefined;
  let now = new Date();
  let command: CommandName = 'validate';
  const summaryNotes: string[] = [];
  try {
    now = clock();
    const settings = resolveSettings(readInput, 'input');
    command = settings.command;
    // In a workflow, `command: apply` is the approval: the workflow was reviewed like any code.
    const pollIntervalMs = pollIntervalFromEnv(process.env);
    report = await runCommand({
      settings,
      now,
      log: actionLogger,
      approval: { kind: 'workflow' },
      azure: {
        // GitHub OIDC federation: the runner mints an ID token for the audience (needs `id-token: write`).
        getIdToken: (audience: string) => core.getIDToken(audience),
        ...(pollIntervalMs !== undefined ? { pollIntervalMs } : {}),
      },
    });
    core.info(renderTerminal(report));
    annotate(report, core);
    const written = writeRequestedFiles(report, settings, process.env.GITHUB_WORKSPACE ?? process.cwd());
    if (written.jsonFile) setOutput('json-file', written.jsonFile);
    if (written.jsonFile) setOutput('report-path', written.jsonFile);
    if (written.sarifFile) setOutput('sarif-file', written.sarifFile);
    if (written.markdownFile) setOutput('markdown-file', written.markdownFile);
    setOutputs(report);
    if (settings.comment) {
      const outcome = await commentOnPullRequest(report, settings.githubToken, actionLogger);
      if (outcome.note) summaryNotes.push(outcome.note);
    }
    if (settings.auditIssue) {
      const outcome = await keepAuditIssue(report, settings, actionLogger);
      if (outcome.note) summaryNotes.push(outcome.note);
      if (outcome.number !== undefined) setOutput('audit-issue-number', outcome.number);
    }
    if (report.exitCode === 1) core.setFailed(`${report.command} failed: see the problems above.`);
    else if (report.exitCode === 2) core.setFailed(failureText(report));
  } catch (error) {
    if (error instanceof InputError) {
      report = buildReport({ command, failOn: 'error', now, errors: [...error.diagnostics] });
      core.setFailed(error.diagnostics.map(formatDiagnostic).join('\n'));
    } else {
      core.setFailed(`unexpected error: ${(error as Error)?.message ?? String(error)}`);
    }
    setOutput('exit-code', 1);
  } finally {
    // The summary is always written, even when the run failed (STYLE.md).
    if (report) {
      const notes = summaryNotes.map((note) => `> **Note:** ${note}\n`).join('\n');
      await writeSummary(`${renderMarkdown(report)}${notes ? `\n${notes}` : ''}`).catch((e) =>
        core.warning(`job summary not written: ${e}`),
      );
    }
  }
}

function setOutputs(report: Report): void {
  const { summary } = report;
  setOutput('exit-code', report.exitCode);
  setOutput('errors', report.errors.length);
  setOutput('findings', summary.findings.error + summary.findings.warning + summary.findings.info);
  setOutput('findings-error', summary.findings.error);
  setOutput('warnings', summary.findings.warning);
  if (report.command === 'audit') setOutput('compliance', report.stats.compliancePercent ?? 0);
  const drill = report.drills?.[0];
  if (drill?.jobId) setOutput('job-id', drill.jobId);
  if (drill) setOutput('wait-seconds', drill.rtoSeconds);
  const gate = report.gates?.[0];
  if (gate?.recoveryPointId) setOutput('recovery-point-id', gate.recoveryPointId);
  if (gate?.recoveryPointTime) setOutput('recovery-point-time', gate.recoveryPointTime);
  if (gate?.jobId) setOutput('job-id', gate.jobId);
  if (gate?.waitSeconds !== undefined) setOutput('wait-seconds', gate.waitSeconds);
  setOutput('has-changes', String(summary.create + summary.update + summary.replace + summary.delete > 0));
  setOutput('changes', summary.create + summary.update + summary.replace + summary.delete);
}

function failureText(report: Report): string {
  const { summary } = report;
  const changes = summary.create + summary.update + summary.replace + summary.delete;
  if (changes > 0) return `${changes} change(s) pending.`;
  return `${summary.findings.error + summary.findings.warning + summary.findings.info} finding(s) at or above fail-on '${report.failOn}'.`;
}

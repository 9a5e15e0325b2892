import type { Logger } from '../commands/context.js';
import {
  auditIssueCloseComment,
  auditIssueReopenComment,
  auditIssueTitle,
  renderAuditIssueBody,
  type AuditIssueSource,
} from '../report/audit-issue.js';
import type { Report } from '../report/model.js';
import type { Settings } from '../settings/settings.js';
import { explainGitHubFailure, hiddenMarker, MAX_COMMENT_CHARS } from './sticky-comment.js';
import { syncIssue, type IssueApi } from './tracking-issue.js';

/** Whether the issue was kept, and if it should have been but was not, why (for the summary). */
export interface IssueOutcome {
  written: boolean;
  /** The tracking issue this run opened, updated, reopened, closed or left as it was. */
  number?: number;
  note?: string;
}

/** GitHub caps an issue body at 65,536 characters, as it does a comment's. */
const MAX_ISSUE_BODY_CHARS = MAX_COMMENT_CHARS;

/**
 * What the issue is about: the config file, or the scope when the audit ran without one, and the shard,
 * so each shard of a matrix keeps its own issue instead of the shards closing each other's. `key` goes
 * into the hidden marker, `subject` is the same for people.
 */
export function auditIssueKey(
  report: Report,
  settings: Pick<Settings, 'config' | 'scope' | 'shard'>,
): { key: string; subject: string } {
  const shard = settings.shard ? `${settings.shard.index}/${settings.shard.count}` : undefined;
  const [key, subject] = report.config
    ? [`config=${report.config}`, report.config]
    : [`scope=${settings.scope.join(',')}`, `scope ${settings.scope.join(', ')}`];
  return shard ? { key: `${key} shard=${shard}`, subject: `${subject}, shard ${shard}` } : { key, subject };
}

/**
 * Keeps the audit issue in step with this run's verdict (github/tracking-issue.ts). Never fails the run:
 * the step's result and summary are the record. An audit that ended in an error (exit code 1) says
 * nothing about compliance, so the issue is left as it is.
 */
export async function keepAuditIssue(
  report: Report,
  settings: Pick<Settings, 'config' | 'scope' | 'shard' | 'auditIssueLabel' | 'githubToken'>,
  log: Logger,
): Promise<IssueOutcome> {
  if (report.command !== 'audit') {
    log.warning(`audit-issue applies to command 'audit' only; ignored for '${report.command}'`);
    return { written: false };
  }
  if (report.exitCode === 1) {
    log.info('the audit failed: the audit issue is left as it is');
    return { written: false };
  }
  if (!settings.githubToken) {
    const note = 'the audit issue was not written: no github-token';
    log.warning(note);
    return { written: false, note };
  }
  // Dynamic: only an audit that keeps its issue loads @actions/github (see commentOnPullRequest).
  const { context, getOctokit } = await import('@actions/github');
  const { owner, repo } = context.repo;
  const octokit = getOctokit(settings.githubToken);
  // Octokit's issue types carry many more fields; these are the ones the decision reads.
  const api: IssueApi = {
    list: async (label) =>
      octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'all',
        per_page: 100,
      }),
    create: async (issue) => (await octokit.rest.issues.create({ owner, repo, ...issue })).data,
    update: async (number, patch) =>
      (await octokit.rest.issues.update({ owner, repo, issue_number: number, ...patch })).data,
    comment: async (number, body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })).data,
  };
  const { key, subject } = auditIssueKey(report, settings);
  const marker = hiddenMarker('audit', key);
  const source: AuditIssueSource = {
    subject,
    // The run's page (docs.github.com/actions/reference/variables-reference#default-environment-variables).
    ...(Number.isFinite(context.runId) && context.runId > 0
      ? { runUrl: `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` }
      : {}),
  };
  try {
    const result = await syncIssue(api, {
      marker,
      title: auditIssueTitle(subject),
      label: settings.auditIssueLabel,
      body: renderAuditIssueBody(report, source, MAX_ISSUE_BODY_CHARS - marker.length - 1),
      compliant: report.exitCode === 0,
      closeComment: auditIssueCloseComment(report, source),
      reopenComment: auditIssueReopenComment(report, source),
    });
    log.info(
      result.action === 'none'
        ? 'audit issue: compliant, and no open issue to close'
        : `audit issue ${result.action} (#${result.number})`,
    );
    if (result.labelDropped) {
      log.warning(
        `GitHub did not put the label '${settings.auditIssueLabel}' on audit issue #${result.number}: the next run will not find it and opens another; let the token set labels (permissions: issues: write)`,
      );
    }
    return { written: true, ...(result.number !== undefined ? { number: result.number } : {}) };
  } catch (error) {
    // 410: the repository has issues turned off (docs.github.com/rest/issues/issues#create-an-issue).
    const note =
      (error as { status?: number }).status === 410
        ? 'the audit issue was not written: issues are disabled in this repository (turn them on, or set audit-issue: false)'
        : explainGitHubFailure(
            error,
            'the audit issue',
            "the token cannot write issues (give the job 'permissions: issues: write')",
          );
    log.warning(note);
    return { written: false, note };
  }
}

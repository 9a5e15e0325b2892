import type { Logger } from '../commands/context.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { pullRequestNumber } from './event.js';
import {
  commentMarker,
  explainCommentFailure,
  MAX_COMMENT_CHARS,
  upsertStickyComment,
  type CommentApi,
} from './sticky-comment.js';

/** Whether the comment was written, and if it should have been but was not, why (for the summary). */
export interface CommentOutcome {
  written: boolean;
  note?: string;
}

/**
 * Keeps the pull request's report comment current. Never fails the run: a comment is a convenience, the
 * step's result and summary are the record.
 */
export async function commentOnPullRequest(
  report: Report,
  token: string | undefined,
  log: Logger,
): Promise<CommentOutcome> {
  const number = pullRequestNumber(process.env);
  if (number === undefined) {
    log.debug('not a pull_request event: no comment');
    return { written: false };
  }
  if (!token) {
    const note = 'the pull-request comment was not written: no github-token';
    log.warning(note);
    return { written: false, note };
  }
  // Dynamic, and only once there is a pull request to comment on: `comment` defaults to true, so every
  // run of the action gets here, and @actions/github (Octokit, a 190 KB chunk of dist/) is read only by
  // runs that comment. Measured, dist/index.js validate outside a pull request: 87.9 MB peak RSS with
  // this check first, 90.0 MB when it imported @actions/github to ask (116 MB as one bundle).
  const { context, getOctokit } = await import('@actions/github');
  const { owner, repo } = context.repo;
  const octokit = getOctokit(token);
  const api: CommentApi = {
    list: async (issue) =>
      octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issue, per_page: 100 }),
    create: async (issue, body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body })).data,
    update: async (id, body) =>
      (await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })).data,
  };
  const marker = commentMarker(report.config ?? 'aks-backup-guard');
  try {
    const body = renderMarkdown(report, MAX_COMMENT_CHARS - marker.length - 1);
    const result = await upsertStickyComment(api, { issueNumber: number, marker, body });
    log.info(`pull-request comment ${result.action} (#${number}, comment ${result.id})`);
    return { written: true };
  } catch (error) {
    const note = explainCommentFailure(error);
    log.warning(note);
    return { written: false, note };
  }
}

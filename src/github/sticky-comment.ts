/**
 * One pull-request comment per desired-state file, updated in place: found by a hidden marker and by its
 * author, so a person quoting the marker never has their comment overwritten (the tfcmt pattern,
 * STYLE.md). GitHub caps a comment body at 65,536 characters (actions/dependency-review-action
 * src/comment-pr.ts MAX_COMMENT_LENGTH); callers fit the body before calling.
 */
export const MAX_COMMENT_CHARS = 65_536;
/** The login GitHub gives the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface IssueComment {
  id: number;
  body?: string;
  user?: { login: string } | null;
}

/** The slice of the issues API this needs; octokit-backed in production, in-memory in unit tests. */
export interface CommentApi {
  list(issueNumber: number): Promise<IssueComment[]>;
  create(issueNumber: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
}

export interface StickyComment {
  issueNumber: number;
  /** Identifies this tool's comment for one config file. */
  marker: string;
  body: string;
  author?: string;
}

export type StickyResult = { action: 'created' | 'updated' | 'unchanged'; id: number };

export function commentMarker(configFile: string): string {
  // '--' cannot appear inside an HTML comment; a path with it still yields a distinct marker.
  return `<!-- aks-backup-guard:comment config=${configFile.replace(/--/g, '-\u200b-')} -->`;
}

export async function upsertStickyComment(api: CommentApi, comment: StickyComment): Promise<StickyResult> {
  const author = comment.author ?? ACTIONS_BOT_LOGIN;
  const body = `${comment.marker}\n${comment.body}`;
  const existing = (await api.list(comment.issueNumber)).find(
    (c) => c.user?.login === author && (c.body ?? '').split('\n', 1)[0] === comment.marker,
  );
  if (!existing) return { action: 'created', id: (await api.create(comment.issueNumber, body)).id };
  if (existing.body === body) return { action: 'unchanged', id: existing.id };
  await api.update(existing.id, body);
  return { action: 'updated', id: existing.id };
}

/**
 * Turns a GitHub API failure into what to do about it. Fork pull requests get a read-only token, so a
 * 403 there is expected and must not fail the run.
 */
export function explainCommentFailure(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) {
    return "the pull-request comment was not written: the token cannot write comments (fork pull requests get a read-only token; otherwise give the workflow 'permissions: pull-requests: write')";
  }
  if (status === 401)
    return 'the pull-request comment was not written: the GitHub token was refused (input github-token)';
  return `the pull-request comment was not written: ${(error as Error)?.message ?? String(error)}`;
}

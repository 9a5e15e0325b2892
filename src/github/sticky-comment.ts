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
  return hiddenMarker('comment', `config=${configFile}`);
}

/**
 * The hidden first line that identifies what this tool wrote (a comment, an issue) for one key. '--'
 * cannot appear inside an HTML comment, and the marker must stay one line: a key with either still
 * yields a distinct marker.
 */
export function hiddenMarker(kind: string, key: string): string {
  const safe = key.replace(/--/g, '-\u200b-').replace(/\r?\n/g, '\u2028');
  return `<!-- aks-backup-guard:${kind} ${safe} -->`;
}

/**
 * Whether this tool wrote it: the author is the token's bot and the marker is the whole first line, so
 * a person quoting the marker (anywhere) never has their text overwritten.
 */
export function writtenBy(
  item: { body?: string | null; user?: { login: string } | null },
  author: string,
  marker: string,
): boolean {
  // Bodies edited in the web UI come back with CRLF line ends.
  return item.user?.login === author && (item.body ?? '').split(/\r?\n/, 1)[0] === marker;
}

export async function upsertStickyComment(api: CommentApi, comment: StickyComment): Promise<StickyResult> {
  const author = comment.author ?? ACTIONS_BOT_LOGIN;
  const body = `${comment.marker}\n${comment.body}`;
  const existing = (await api.list(comment.issueNumber)).find((c) => writtenBy(c, author, comment.marker));
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
  return explainGitHubFailure(
    error,
    'the pull-request comment',
    "the token cannot write comments (fork pull requests get a read-only token; otherwise give the workflow 'permissions: pull-requests: write')",
  );
}

/**
 * What to tell people when a write to GitHub failed, for `what` ("the audit issue"): 403 and 404 are the
 * token's permissions (GitHub answers 404 instead of 403 where it hides a resource), 401 the token
 * itself; `forbidden` says which permission to grant.
 */
export function explainGitHubFailure(error: unknown, what: string, forbidden: string): string {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) return `${what} was not written: ${forbidden}`;
  if (status === 401) return `${what} was not written: the GitHub token was refused (input github-token)`;
  return `${what} was not written: ${(error as Error)?.message ?? String(error)}`;
}

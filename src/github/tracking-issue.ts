import { ACTIONS_BOT_LOGIN, writtenBy } from './sticky-comment.js';

/**
 * One GitHub issue per audit key, kept in step with the audit's verdict: opened when the audit is not
 * compliant, its body updated in place on every later non-compliant run, closed with a short comment
 * when the audit is compliant again, and the same issue reopened if it falls out of compliance later.
 *
 * Reopening rather than opening a new issue keeps one thread per config (its timeline shows every
 * closed/reopened cycle, and people subscribed to it hear about the next one) and keeps the list of
 * labelled issues this tool pages through at one per key. The issue is found the way the sticky
 * pull-request comment is: the hidden marker as the first line of the body and the token's bot as its
 * author, among the issues with the tool's label. A person removing the label detaches the issue; the
 * next non-compliant run then opens a new one.
 */

/** An issue as the REST API lists it (docs.github.com/rest/issues/issues#list-repository-issues). */
export interface TrackedIssue {
  number: number;
  state: string;
  body?: string | null;
  user?: { login: string } | null;
  updated_at?: string;
  labels?: (string | { name?: string })[];
  /** Present when the "issue" is a pull request: the issues list returns both. */
  pull_request?: unknown;
}

/** The slice of the issues API this needs; octokit-backed in production, in-memory in unit tests. */
export interface IssueApi {
  /** Every issue, open or closed, carrying `label` (all pages). */
  list(label: string): Promise<TrackedIssue[]>;
  create(issue: { title: string; body: string; labels: string[] }): Promise<TrackedIssue>;
  update(
    number: number,
    patch: { body?: string; state?: 'open' | 'closed'; state_reason?: 'completed' | 'reopened' },
  ): Promise<TrackedIssue>;
  comment(number: number, body: string): Promise<unknown>;
}

export type IssueAction = 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';

export interface IssueDecision {
  action: IssueAction;
  /** The issue acted on (absent for `created`, and for `none` when there is none). */
  issue?: TrackedIssue;
}

/**
 * The decision alone, with no I/O: which of the tool's issues is the one, and what to do with it.
 * An open issue wins over closed ones (the oldest, should two runs ever have raced); otherwise the
 * closed one updated last.
 */
export function decideIssue(
  issues: readonly TrackedIssue[],
  options: { marker: string; author?: string; compliant: boolean; body: string },
): IssueDecision {
  const author = options.author ?? ACTIONS_BOT_LOGIN;
  const ours = issues.filter((i) => !i.pull_request && writtenBy(i, author, options.marker));
  const open = ours.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
  const closed = ours
    .filter((i) => i.state !== 'open')
    .sort(
      (a, b) => Date.parse(b.updated_at ?? '') - Date.parse(a.updated_at ?? '') || b.number - a.number,
    )[0];
  if (options.compliant) return open ? { action: 'closed', issue: open } : { action: 'none' };
  if (open) return { action: open.body === options.body ? 'unchanged' : 'updated', issue: open };
  if (closed) return { action: 'reopened', issue: closed };
  return { action: 'created' };
}

export interface IssueUpdate {
  marker: string;
  /** Used only when the issue is created: people may retitle it afterwards. */
  title: string;
  label: string;
  /** The body without the marker line; the marker is added as its first line. */
  body: string;
  compliant: boolean;
  /** Posted before closing, saying why. */
  closeComment: string;
  /** Posted after reopening, so people subscribed to the issue hear about it. */
  reopenComment: string;
  author?: string;
}

/** Applies `decideIssue` through the API; returns what was done and to which issue number. */
export async function syncIssue(
  api: IssueApi,
  update: IssueUpdate,
): Promise<{ action: IssueAction; number?: number; labelDropped?: boolean }> {
  const body = `${update.marker}\n${update.body}`;
  const decision = decideIssue(await api.list(update.label), {
    marker: update.marker,
    compliant: update.compliant,
    body,
    ...(update.author ? { author: update.author } : {}),
  });
  const number = decision.issue?.number;
  switch (decision.action) {
    case 'created': {
      const created = await api.create({ title: update.title, body, labels: [update.label] });
      // GitHub drops the labels of a new issue silently when the token may not set them; without the
      // label the next run cannot find this issue, so the caller says so.
      const labelled = (created.labels ?? []).some(
        (l) => (typeof l === 'string' ? l : l.name)?.toLowerCase() === update.label.toLowerCase(),
      );
      return { action: 'created', number: created.number, ...(labelled ? {} : { labelDropped: true }) };
    }
    case 'updated':
      await api.update(number!, { body });
      break;
    case 'reopened':
      await api.update(number!, { state: 'open', state_reason: 'reopened', body });
      await api.comment(number!, update.reopenComment);
      break;
    case 'closed':
      // The comment first: if closing is refused, people still see that the audit is compliant.
      await api.comment(number!, update.closeComment);
      await api.update(number!, { state: 'closed', state_reason: 'completed' });
      break;
    default:
      break;
  }
  return { action: decision.action, ...(number !== undefined ? { number } : {}) };
}

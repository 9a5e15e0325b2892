import { describe, expect, it } from '@jest/globals';
import { ACTIONS_BOT_LOGIN, hiddenMarker } from '../../src/github/sticky-comment.js';
import {
  decideIssue,
  syncIssue,
  type IssueApi,
  type IssueUpdate,
  type TrackedIssue,
} from '../../src/github/tracking-issue.js';

const marker = hiddenMarker('audit', 'config=.github/aks-backup.yaml');
const bot = { login: ACTIONS_BOT_LOGIN };

function issue(number: number, state: 'open' | 'closed', body: string, extra: Partial<TrackedIssue> = {}) {
  return { number, state, body, user: bot, updated_at: '2026-11-01T00:00:00Z', ...extra };
}

describe('decideIssue', () => {
  const decide = (issues: TrackedIssue[], compliant: boolean, body = `${marker}\nnew`) =>
    decideIssue(issues, { marker, compliant, body });

  it('opens an issue when the audit is not compliant and there is none', () => {
    expect(decide([], false)).toEqual({ action: 'created' });
  });

  it('updates the open issue in place, or leaves it when the body is the same', () => {
    const open = issue(7, 'open', `${marker}\nold`);
    expect(decide([open], false)).toEqual({ action: 'updated', issue: open });
    expect(decide([open], false, `${marker}\nold`)).toEqual({ action: 'unchanged', issue: open });
  });

  it('closes the open issue when the audit is compliant, and does nothing when none is open', () => {
    const open = issue(7, 'open', `${marker}\nold`);
    expect(decide([open], true)).toEqual({ action: 'closed', issue: open });
    expect(decide([issue(7, 'closed', `${marker}\nold`)], true)).toEqual({ action: 'none' });
    expect(decide([], true)).toEqual({ action: 'none' });
  });

  it('reopens the closed issue updated last when the audit falls out of compliance again', () => {
    const older = issue(3, 'closed', `${marker}\nx`, { updated_at: '2026-10-01T00:00:00Z' });
    const newer = issue(9, 'closed', `${marker}\ny`, { updated_at: '2026-11-10T00:00:00Z' });
    expect(decide([newer, older], false)).toEqual({ action: 'reopened', issue: newer });
  });

  it('prefers an open issue to closed ones, and the oldest open one if runs ever raced', () => {
    const closed = issue(2, 'closed', `${marker}\nx`, { updated_at: '2026-11-20T00:00:00Z' });
    const first = issue(5, 'open', `${marker}\nx`);
    const second = issue(6, 'open', `${marker}\nx`);
    expect(decide([closed, second, first], false).issue).toBe(first);
  });

  it("ignores people's issues quoting the marker, other markers, markers not on the first line, and pull requests", () => {
    const issues = [
      issue(1, 'open', `${marker}\ncopied`, { user: { login: 'octocat' } }),
      issue(2, 'open', `${hiddenMarker('audit', 'config=other.yaml')}\nx`),
      issue(3, 'open', `see:\n${marker}`),
      issue(4, 'open', `${marker}\nx`, { pull_request: { url: 'https://example.invalid/pulls/4' } }),
    ];
    expect(decide(issues, false)).toEqual({ action: 'created' });
    expect(decide(issues, true)).toEqual({ action: 'none' });
  });

  it('finds its issue after a person edited it in the web UI (CRLF line ends)', () => {
    const edited = issue(8, 'open', `${marker}\r\nold\r\n\r\nNote from ops: tracked in OPS-9`);
    expect(decide([edited], false).issue).toBe(edited);
  });
});

/** An in-memory repository with the REST API's behaviour for these four calls. */
function repository(seed: TrackedIssue[] = [], options: { dropLabels?: boolean } = {}) {
  const issues: (TrackedIssue & { labels: string[]; title?: string })[] = seed.map((i) => ({
    labels: ['aks-backup-guard'],
    ...i,
  })) as (TrackedIssue & { labels: string[] })[];
  const comments: { number: number; body: string }[] = [];
  const calls: string[] = [];
  let next = 100;
  const api: IssueApi = {
    list: async (label) => {
      calls.push(`list ${label}`);
      return issues.filter((i) => i.labels.includes(label)).map((i) => ({ ...i }));
    },
    create: async ({ title, body, labels }) => {
      calls.push('create');
      const created = {
        number: next++,
        state: 'open',
        title,
        body,
        user: bot,
        labels: options.dropLabels ? [] : labels,
      };
      issues.push(created);
      return created;
    },
    update: async (number, patch) => {
      calls.push(`update #${number} ${Object.keys(patch).join(',')}`);
      const found = issues.find((i) => i.number === number)!;
      Object.assign(found, patch);
      return found;
    },
    comment: async (number, body) => {
      calls.push(`comment #${number}`);
      comments.push({ number, body });
      return {};
    },
  };
  return { api, issues, comments, calls };
}

const update = (compliant: boolean, body = 'report'): IssueUpdate => ({
  marker,
  title: 'AKS Backup Guard audit: clusters out of compliance (.github/aks-backup.yaml)',
  label: 'aks-backup-guard',
  body,
  compliant,
  closeComment: 'compliant again',
  reopenComment: 'not compliant again',
});

describe('syncIssue', () => {
  it('opens, updates the same issue, closes with a comment, then reopens it', async () => {
    const { api, issues, comments, calls } = repository();
    expect(await syncIssue(api, update(false, 'run 1'))).toEqual({ action: 'created', number: 100 });
    expect(issues[0]).toMatchObject({ body: `${marker}\nrun 1`, labels: ['aks-backup-guard'] });

    expect(await syncIssue(api, update(false, 'run 2'))).toEqual({ action: 'updated', number: 100 });
    expect(await syncIssue(api, update(false, 'run 2'))).toEqual({ action: 'unchanged', number: 100 });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toBe(`${marker}\nrun 2`);

    expect(await syncIssue(api, update(true))).toEqual({ action: 'closed', number: 100 });
    expect(issues[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });
    // The closed issue keeps the last report that was not compliant: it says what was fixed.
    expect(issues[0]!.body).toBe(`${marker}\nrun 2`);
    expect(await syncIssue(api, update(true))).toEqual({ action: 'none' });

    expect(await syncIssue(api, update(false, 'run 5'))).toEqual({ action: 'reopened', number: 100 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ state: 'open', state_reason: 'reopened', body: `${marker}\nrun 5` });
    expect(comments).toEqual([
      { number: 100, body: 'compliant again' },
      { number: 100, body: 'not compliant again' },
    ]);
    expect(calls).toEqual([
      'list aks-backup-guard',
      'create',
      'list aks-backup-guard',
      'update #100 body',
      'list aks-backup-guard',
      'list aks-backup-guard',
      'comment #100',
      'update #100 state,state_reason',
      'list aks-backup-guard',
      'list aks-backup-guard',
      'update #100 state,state_reason,body',
      'comment #100',
    ]);
  });

  it('writes nothing at all when the audit is compliant and no issue is open', async () => {
    const { api, calls } = repository();
    expect(await syncIssue(api, update(true))).toEqual({ action: 'none' });
    expect(calls).toEqual(['list aks-backup-guard']);
  });

  it('says when GitHub dropped the label of the new issue (it would not be found again)', async () => {
    const { api } = repository([], { dropLabels: true });
    expect(await syncIssue(api, update(false))).toEqual({
      action: 'created',
      number: 100,
      labelDropped: true,
    });
  });
});

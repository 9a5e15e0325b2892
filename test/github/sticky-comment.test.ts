import { describe, expect, it } from '@jest/globals';
import {
  ACTIONS_BOT_LOGIN,
  commentMarker,
  explainCommentFailure,
  hiddenMarker,
  upsertStickyComment,
  type CommentApi,
  type IssueComment,
} from '../../src/github/sticky-comment.js';

/** An in-memory issue thread with the same behaviour the REST API has for these three calls. */
function thread(seed: IssueComment[] = []) {
  const comments = [...seed];
  let next = 100;
  const calls: string[] = [];
  const api: CommentApi = {
    list: async () => {
      calls.push('list');
      return comments.map((c) => ({ ...c }));
    },
    create: async (_issue, body) => {
      calls.push('create');
      const comment = { id: next++, body, user: { login: ACTIONS_BOT_LOGIN } };
      comments.push(comment);
      return comment;
    },
    update: async (id, body) => {
      calls.push(`update ${id}`);
      const comment = comments.find((c) => c.id === id)!;
      comment.body = body;
      return comment;
    },
  };
  return { api, comments, calls };
}

const marker = commentMarker('.github/aks-backup.yaml');

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const { api, comments, calls } = thread();
    expect(await upsertStickyComment(api, { issueNumber: 1, marker, body: 'first' })).toEqual({
      action: 'created',
      id: 100,
    });
    expect(await upsertStickyComment(api, { issueNumber: 1, marker, body: 'second' })).toEqual({
      action: 'updated',
      id: 100,
    });
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${marker}\nsecond`);
    expect(calls).toEqual(['list', 'create', 'list', 'update 100']);
  });

  it('does not write when nothing changed', async () => {
    const { api, calls } = thread([{ id: 5, body: `${marker}\nsame`, user: { login: ACTIONS_BOT_LOGIN } }]);
    expect(await upsertStickyComment(api, { issueNumber: 1, marker, body: 'same' })).toEqual({
      action: 'unchanged',
      id: 5,
    });
    expect(calls).toEqual(['list']);
  });

  it("never overwrites a person's comment that quotes the marker", async () => {
    const { api, comments } = thread([
      { id: 7, body: `${marker}\nI copied this`, user: { login: 'octocat' } },
    ]);
    expect((await upsertStickyComment(api, { issueNumber: 1, marker, body: 'report' })).action).toBe(
      'created',
    );
    expect(comments.find((c) => c.id === 7)!.body).toBe(`${marker}\nI copied this`);
  });

  it('keeps one comment per config file', async () => {
    const { api, comments } = thread();
    await upsertStickyComment(api, { issueNumber: 1, marker: commentMarker('a.yaml'), body: 'a' });
    await upsertStickyComment(api, { issueNumber: 1, marker: commentMarker('b.yaml'), body: 'b' });
    await upsertStickyComment(api, { issueNumber: 1, marker: commentMarker('a.yaml'), body: 'a2' });
    expect(comments.map((c) => c.body)).toEqual([
      `${commentMarker('a.yaml')}\na2`,
      `${commentMarker('b.yaml')}\nb`,
    ]);
  });

  it('matches the marker only as the first line, not anywhere in a body', async () => {
    const { api } = thread([{ id: 9, body: `quote:\n${marker}`, user: { login: ACTIONS_BOT_LOGIN } }]);
    expect((await upsertStickyComment(api, { issueNumber: 1, marker, body: 'x' })).action).toBe('created');
  });

  it('finds its comment after the body came back with CRLF line ends (edited in the web UI)', async () => {
    const { api } = thread([{ id: 11, body: `${marker}\r\nold`, user: { login: ACTIONS_BOT_LOGIN } }]);
    expect(await upsertStickyComment(api, { issueNumber: 1, marker, body: 'x' })).toEqual({
      action: 'updated',
      id: 11,
    });
  });

  it('keeps markers on one line for keys with line breaks', () => {
    expect(hiddenMarker('audit', 'config=a\nb.yaml')).not.toContain('\n');
    expect(hiddenMarker('audit', 'config=a\nb.yaml')).not.toBe(hiddenMarker('audit', 'config=ab.yaml'));
  });

  it('keeps HTML comment markers valid for paths containing --', () => {
    const marker = commentMarker('a--b.yaml');
    expect(marker.startsWith('<!--') && marker.endsWith('-->')).toBe(true);
    expect(marker.slice(4, -3)).not.toContain('--');
    expect(marker).not.toBe(commentMarker('a-b.yaml'));
  });
});

describe('explainCommentFailure', () => {
  it('names the missing permission on 403 and 404', () => {
    expect(explainCommentFailure({ status: 403 })).toContain("'permissions: pull-requests: write'");
    expect(explainCommentFailure({ status: 404 })).toContain('fork pull requests get a read-only token');
  });
  it('names the token on 401, and passes anything else through', () => {
    expect(explainCommentFailure({ status: 401 })).toContain('input github-token');
    expect(explainCommentFailure(new Error('socket hang up'))).toBe(
      'the pull-request comment was not written: socket hang up',
    );
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loadTlsMaterial } from '../emulator/certs.js';

/**
 * The slice of GitHub the action uses, over HTTPS on loopback: issue comments (list with Link-header
 * paging, create, update), issues (list with the `state`, `labels` and `creator` filters and Link-header
 * paging, create, update of body and state) and the Actions OIDC token request. Tokens decide
 * permissions the way GitHub does: a write token may comment; a read-only one (fork pull requests), or
 * one without `issues: write` for issue writes, gets 403 "Resource not accessible by integration".
 * Shapes follow the REST docs (docs.github.com/rest/issues/comments, docs.github.com/rest/issues/issues).
 */
export interface GitHubEmulatorOptions {
  /**
   * token → what it may do and who it is. `write` covers comments on pull requests; `issues` is the
   * workflow permission `issues: write` (creating and editing issues, commenting on them) and defaults
   * to `write`.
   */
  tokens?: Record<string, { write: boolean; issues?: boolean; login: string }>;
  /** Comments present before the run, per issue number. */
  comments?: Record<number, { body: string; login: string }[]>;
  /** Issues present before the run, numbered after the pull requests that `comments` names. */
  issues?: { title: string; body: string; login: string; state?: 'open' | 'closed'; labels?: string[] }[];
  /** A repository with issues turned off: issue endpoints answer 410 Gone. */
  issuesDisabled?: boolean;
  /** The value the OIDC endpoint returns for this request token. */
  oidc?: { requestToken: string; idToken: (audience: string) => string };
  pageSize?: number;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

/** An issue as GET /repos/{owner}/{repo}/issues/{number} returns it (the fields clients read). */
export interface StoredIssue {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  number: number;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  title: string;
  body: string | null;
  user: { login: string; type: string };
  labels: { id: number; name: string; color: string; default: boolean; description: string | null }[];
  locked: boolean;
  comments: number;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  author_association: string;
}

export interface GitHubEmulator {
  url: string;
  caPem: string;
  comments: (issue: number) => StoredComment[];
  issues: () => StoredIssue[];
  requests: { method: string; path: string; status: number }[];
  close: () => Promise<void>;
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const tls = loadTlsMaterial();
  const tokens = options.tokens ?? { ghs_write: { write: true, login: 'github-actions[bot]' } };
  const pageSize = options.pageSize ?? 30;
  let nextId = 1000;
  const now = (): string => new Date().toISOString();
  const store = new Map<number, StoredComment[]>();
  for (const [issue, seeded] of Object.entries(options.comments ?? {})) {
    store.set(
      Number(issue),
      seeded.map((c) => ({
        id: nextId++,
        body: c.body,
        user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
        created_at: now(),
        updated_at: now(),
      })),
    );
  }
  const requests: GitHubEmulator['requests'] = [];
  // Issues and pull requests share one sequence of numbers in a repository.
  let nextNumber = Math.max(0, ...Object.keys(options.comments ?? {}).map(Number)) + 1;
  const labelIds = new Map<string, number>();
  const issues: StoredIssue[] = [];
  const newIssue = (
    login: string,
    fields: { title: string; body: string | null; labels: string[]; state?: 'open' | 'closed' },
  ): StoredIssue => {
    const number = nextNumber++;
    const at = now();
    const issue: StoredIssue = {
      id: nextId++,
      node_id: Buffer.from(`I_${number}`).toString('base64'),
      url: `${baseUrl()}/repos/{owner}/{repo}/issues/${number}`,
      html_url: `https://github.com/{owner}/{repo}/issues/${number}`,
      number,
      state: fields.state ?? 'open',
      state_reason: fields.state === 'closed' ? 'completed' : null,
      title: fields.title,
      body: fields.body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      labels: fields.labels.map(label),
      locked: false,
      comments: 0,
      created_at: at,
      updated_at: at,
      closed_at: fields.state === 'closed' ? at : null,
      author_association: login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    };
    issues.push(issue);
    return issue;
  };
  // Naming a label that does not exist creates it, colour ededed and no description, as the issues API
  // does for those who may push (github/docs#35718).
  const label = (name: string): StoredIssue['labels'][number] => {
    if (!labelIds.has(name.toLowerCase())) labelIds.set(name.toLowerCase(), nextId++);
    return {
      id: labelIds.get(name.toLowerCase())!,
      name,
      color: 'ededed',
      default: false,
      description: null,
    };
  };

  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    void handle(req, res).catch((error) => send(res, 500, { message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const record = (status: number): void => {
      requests.push({ method: req.method ?? '', path: url.pathname, status });
    };
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record(status);
      send(res, status, body, headers);
    };

    if (url.pathname === '/oidc/token' && options.oidc) {
      if (req.headers.authorization !== `Bearer ${options.oidc.requestToken}`)
        return reply(401, { message: 'Bad credentials' });
      return reply(200, { value: options.oidc.idToken(url.searchParams.get('audience') ?? '') });
    }

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const identity = auth === undefined ? undefined : tokens[auth];
    if (!identity)
      return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

    const repoPath = /^\/repos\/([^/]+)\/([^/]+)\//.exec(url.pathname);
    const issueList = /^\/repos\/[^/]+\/[^/]+\/issues$/.exec(url.pathname);
    const issueOne = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const onIssue = list ? issues.find((i) => i.number === Number(list[1])) : undefined;
    if ((issueList || issueOne || onIssue) && options.issuesDisabled) {
      return reply(410, {
        message: 'Issues are disabled for this repo',
        documentation_url: 'https://docs.github.com/v3/issues/',
      });
    }
    const mayWriteIssues = identity.issues ?? identity.write;
    const forbidden = (doc: string): void =>
      reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `https://docs.github.com/rest/issues/${doc}`,
        status: '403',
      });
    const fix = (issue: StoredIssue): StoredIssue => {
      const [owner, repo] = [repoPath![1]!, repoPath![2]!];
      return structuredClone({
        ...issue,
        url: issue.url.replace('{owner}/{repo}', `${owner}/${repo}`),
        html_url: issue.html_url.replace('{owner}/{repo}', `${owner}/${repo}`),
      });
    };

    if (issueList && req.method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      if (!['open', 'closed', 'all'].includes(state)) {
        return reply(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'Issue', field: 'state', code: 'invalid' }],
        });
      }
      // `labels` is a comma-separated list and an issue must carry every one; names match case-insensitively.
      const wanted = (url.searchParams.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
      const creator = url.searchParams.get('creator');
      const sort = url.searchParams.get('sort') ?? 'created';
      const direction = url.searchParams.get('direction') ?? 'desc';
      const matching = issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.name.toLowerCase() === w)))
        .filter((i) => !creator || i.user.login.toLowerCase() === creator.toLowerCase())
        .sort((a, b) => {
          const by =
            sort === 'updated'
              ? a.updated_at.localeCompare(b.updated_at) || a.number - b.number
              : a.number - b.number;
          return direction === 'asc' ? by : -by;
        });
      return replyPage(url, matching.map(fix), reply);
    }
    if (issueList && req.method === 'POST') {
      if (!mayWriteIssues) return forbidden('issues#create-an-issue');
      const input = JSON.parse((await readBody(req)) || '{}') as {
        title?: unknown;
        body?: unknown;
        labels?: unknown;
      };
      const problem = issueProblem(input, true);
      if (problem) return reply(422, problem);
      const created = newIssue(identity.login, {
        title: String(input.title),
        body: (input.body as string | undefined) ?? null,
        labels: ((input.labels as string[] | undefined) ?? []).map(String),
      });
      return reply(201, fix(created));
    }
    if (issueOne) {
      const issue = issues.find((i) => i.number === Number(issueOne[1]));
      if (!issue) return reply(404, { message: 'Not Found' });
      if (req.method === 'GET') return reply(200, fix(issue));
      if (req.method !== 'PATCH') return reply(404, { message: 'Not Found' });
      if (!mayWriteIssues) return forbidden('issues#update-an-issue');
      const input = JSON.parse((await readBody(req)) || '{}') as {
        title?: unknown;
        body?: unknown;
        state?: unknown;
        state_reason?: unknown;
      };
      const problem = issueProblem(input, false);
      if (problem) return reply(422, problem);
      if (input.title !== undefined) issue.title = String(input.title);
      if (input.body !== undefined) issue.body = input.body as string | null;
      if (input.state !== undefined && input.state !== issue.state) {
        issue.state = input.state as 'open' | 'closed';
        issue.closed_at = issue.state === 'closed' ? now() : null;
        issue.state_reason = issue.state === 'closed' ? 'completed' : 'reopened';
      }
      if (input.state_reason !== undefined)
        issue.state_reason = input.state_reason as StoredIssue['state_reason'];
      issue.updated_at = now();
      return reply(200, fix(issue));
    }

    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') return replyPage(url, store.get(Number(list[1])) ?? [], reply);
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      // Comments on an issue need `issues: write`; on a pull request `pull-requests: write` will do.
      if (onIssue ? !mayWriteIssues : !identity.write) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        });
      }
      const body = (JSON.parse((await readBody(req)) || '{}') as { body?: unknown }).body;
      if (typeof body !== 'string' || body.length > 65_536) {
        return reply(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', field: 'body', code: 'invalid' }],
        });
      }
      if (list) {
        const created: StoredComment = {
          id: nextId++,
          body,
          user: { login: identity.login, type: 'Bot' },
          created_at: now(),
          updated_at: now(),
        };
        const issue = Number(list[1]);
        store.set(issue, [...(store.get(issue) ?? []), created]);
        if (onIssue) {
          onIssue.comments++;
          onIssue.updated_at = now();
        }
        return reply(201, created);
      }
      const target = [...store.values()].flat().find((c) => c.id === Number(one![1]));
      if (!target) return reply(404, { message: 'Not Found' });
      if (target.user.login !== identity.login)
        return reply(403, { message: 'Resource not accessible by integration' });
      target.body = body;
      target.updated_at = now();
      return reply(200, target);
    }
    return reply(404, { message: 'Not Found' });
  }

  /** One page of a list, with the Link header GitHub sends when there is a next page. */
  function replyPage(
    url: URL,
    all: unknown[],
    reply: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? pageSize), pageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${baseUrl()}${next.pathname}${next.search}>; rel="next"`;
    }
    reply(200, all.slice((page - 1) * perPage, page * perPage), headers);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = (): string => `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const seeded of options.issues ?? []) {
    newIssue(seeded.login, {
      title: seeded.title,
      body: seeded.body,
      labels: seeded.labels ?? [],
      ...(seeded.state ? { state: seeded.state } : {}),
    });
  }
  return {
    url: baseUrl(),
    caPem: tls.caPem,
    comments: (issue) => structuredClone(store.get(issue) ?? []),
    issues: () => structuredClone(issues),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What the issues API refuses with 422: a create without a title, bodies over 65,536 characters, bad states. */
function issueProblem(
  input: { title?: unknown; body?: unknown; labels?: unknown; state?: unknown; state_reason?: unknown },
  creating: boolean,
): object | undefined {
  const invalid = (field: string, code = 'invalid'): object => ({
    message: 'Validation Failed',
    errors: [{ resource: 'Issue', field, code }],
    documentation_url: `https://docs.github.com/rest/issues/issues#${creating ? 'create' : 'update'}-an-issue`,
  });
  if (creating && (input.title === undefined || input.title === null || input.title === ''))
    return invalid('title', 'missing_field');
  if (input.title !== undefined && typeof input.title !== 'string' && typeof input.title !== 'number')
    return invalid('title');
  if (input.body !== undefined && input.body !== null) {
    if (typeof input.body !== 'string') return invalid('body');
    if (input.body.length > 65_536) return invalid('body', 'custom');
  }
  if (input.labels !== undefined && !Array.isArray(input.labels)) return invalid('labels');
  if (input.state !== undefined && input.state !== 'open' && input.state !== 'closed')
    return invalid('state');
  if (
    input.state_reason !== undefined &&
    input.state_reason !== null &&
    !['completed', 'not_planned', 'reopened'].includes(String(input.state_reason))
  )
    return invalid('state_reason');
  return undefined;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      data += chunk;
      if (data.length > 1_000_000) req.destroy(new Error('request body too large'));
    });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

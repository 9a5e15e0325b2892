import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loadTlsMaterial } from '../emulator/certs.js';

/**
 * The slice of GitHub the action uses, over HTTPS on loopback: issue comments (list with Link-header
 * paging, create, update) and the Actions OIDC token request. Tokens decide permissions the way GitHub
 * does: a write token may comment; a read-only one (fork pull requests) gets 403 "Resource not
 * accessible by integration". Shapes follow the REST docs (docs.github.com/rest/issues/comments).
 */
export interface GitHubEmulatorOptions {
  /** token → what it may do and who it is. */
  tokens?: Record<string, { write: boolean; login: string }>;
  /** Comments present before the run, per issue number. */
  comments?: Record<number, { body: string; login: string }[]>;
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

export interface GitHubEmulator {
  url: string;
  caPem: string;
  comments: (issue: number) => StoredComment[];
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

    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list && req.method === 'GET') {
      const all = store.get(Number(list[1])) ?? [];
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? pageSize), pageSize);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${baseUrl()}${next.pathname}${next.search}>; rel="next"`;
      }
      return reply(200, all.slice((page - 1) * perPage, page * perPage), headers);
    }
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (!identity.write) {
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

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = (): string => `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl(),
    caPem: tls.caPem,
    comments: (issue) => structuredClone(store.get(issue) ?? []),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
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

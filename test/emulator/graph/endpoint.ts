/**
 * `POST /providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01` (ARGSPEC, AZURE-FACTS.md §5.1):
 * evaluates the KQL subset over the documents Resource Graph currently shows, within the request's scopes,
 * and pages the result the way ARG does: `$top` (1..1000, default 100), `$skip`, `$skipToken` bound to the
 * same query and scopes, `resultTruncated` as the string "true"/"false", and no `$skipToken` when the
 * projection drops `id` (Traps 5).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ArmResource } from '../../../src/estate/snapshot.js';
import { KqlError } from '../kql/lexer.js';
import { evaluateQuery } from '../kql/evaluate.js';
import { cloudError, type Reply } from '../http.js';
import type { EmulatorState } from '../state.js';
import {
  resolveTableName,
  tableForType,
  tableSource,
  toRow,
  type RowOptions,
  type TableName,
} from './tables.js';

export interface GraphOptions extends RowOptions {
  /** Rows per page at most, whatever `$top` asks (to exercise paging with small estates). */
  maxPageSize: number;
}

/**
 * Evaluated results by (query, scopes, state version): later pages of a paged query reuse the first
 * page's evaluation, which keeps a 10,000-cluster estate fast. Not used while a lagging write settles.
 */
export class GraphResultCache {
  private readonly entries = new Map<string, { columns: string[]; rows: Record<string, unknown>[] }>();

  get(key: string): { columns: string[]; rows: Record<string, unknown>[] } | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: { columns: string[]; rows: Record<string, unknown>[] }): void {
    if (this.entries.size >= 8) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

export interface GraphResult {
  reply: Reply;
  /** Set when a page was served: the query text and the rows on this page. */
  page?: { query: string; rows: number };
}

const MAX_SUBSCRIPTIONS = 1000;
const SCOPE_FILTERS = ['AtScopeAndBelow', 'AtScopeAndAbove', 'AtScopeExact', 'AtScopeAboveAndBelow'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface QueryRequestBody {
  query: string;
  subscriptions?: string[];
  managementGroups?: string[];
  options?: {
    $top?: number;
    $skip?: number;
    $skipToken?: string;
    resultFormat?: string;
    allowPartialScopes?: boolean;
    authorizationScopeFilter?: string;
  };
  facets?: unknown[];
}

export function queryGraph(
  state: EmulatorState,
  rawBody: string,
  options: GraphOptions,
  cache?: GraphResultCache,
  now = Date.now(),
): GraphResult {
  let body: QueryRequestBody;
  try {
    body = parseRequest(rawBody);
  } catch (error) {
    return { reply: badRequest('InvalidRequestContent', (error as Error).message) };
  }

  const scope = resolveScope(state, body);
  if ('reply' in scope) return scope;

  const filter = body.options?.authorizationScopeFilter ?? 'AtScopeAndBelow';
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([body.query, scope.key, filter]))
    .digest('base64url')
    .slice(0, 16);
  const cacheKey = `${fingerprint}@${state.version}`;
  let evaluated = state.graphSettling(now) ? undefined : cache?.get(cacheKey);
  if (evaluated === undefined) {
    try {
      evaluated = evaluate(state, body.query, scope.subscriptions, filter, options, now);
    } catch (error) {
      if (error instanceof KqlError) {
        return {
          reply: badRequest(
            'InvalidQuery',
            'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying.',
            [{ code: 'UnsupportedQuery', message: error.message }],
          ),
        };
      }
      throw error;
    }
    if (!state.graphSettling(now)) cache?.set(cacheKey, evaluated);
  }
  const hasId = evaluated.columns.includes('id');
  const rows = evaluated.rows;

  let offset = body.options?.$skip ?? 0;
  const token = body.options?.$skipToken;
  if (token !== undefined) {
    const decoded = decodeSkipToken(token);
    if (decoded === undefined || decoded.q !== fingerprint) {
      return {
        reply: badRequest(
          'InvalidSkipToken',
          'The $skipToken does not belong to this query and these scopes; send the same query and scopes with it.',
        ),
      };
    }
    offset = body.options?.$skip ?? decoded.o;
  }
  const pageSize = Math.min(body.options?.$top ?? 100, options.maxPageSize);
  const data = rows.slice(offset, offset + pageSize);
  const more = offset + data.length < rows.length;

  const response: Record<string, unknown> = {
    totalRecords: rows.length,
    count: data.length,
    resultTruncated: more && !hasId ? 'true' : 'false',
  };
  if (more && hasId) response.$skipToken = encodeSkipToken({ q: fingerprint, o: offset + data.length });
  response.data = data;
  response.facets = [];
  return { reply: { status: 200, body: response }, page: { query: body.query, rows: data.length } };
}

function evaluate(
  state: EmulatorState,
  query: string,
  subscriptions: Set<string>,
  filter: string,
  options: GraphOptions,
  now: number,
): { columns: string[]; rows: Record<string, unknown>[] } {
  const docs = state.graphDocuments(now);
  const result = evaluateQuery(query, (name, offset) => {
    const table = resolveTableName(name, offset);
    const rows = docs
      .filter((doc) => tableForType(doc.type) === table && inScope(doc, table, subscriptions, filter, state))
      .map((doc) => toRow(doc, options));
    return tableSource(rows);
  });
  if (result.columns.includes('id') && !/\|\s*(order|sort)\s+by\b/.test(query)) {
    // Paging returns rows "in stable sorted fashion" by id (ResourcesNextPageQuery.json).
    result.rows.sort((a, b) => compareIds(String(a.id), String(b.id)));
  }
  return result;
}

function parseRequest(raw: string): QueryRequestBody {
  const value: unknown = JSON.parse(raw);
  if (value === null || typeof value !== 'object') throw new Error('The request body must be a JSON object.');
  const body = value as QueryRequestBody;
  if (typeof body.query !== 'string' || body.query.trim() === '') throw new Error("'query' is required.");
  for (const key of ['subscriptions', 'managementGroups'] as const) {
    const list = body[key];
    if (list !== undefined && (!Array.isArray(list) || list.some((s) => typeof s !== 'string'))) {
      throw new Error(`'${key}' must be an array of strings.`);
    }
  }
  const o = body.options;
  if (o !== undefined) {
    if (o.$top !== undefined && (!Number.isInteger(o.$top) || o.$top < 1 || o.$top > 1000)) {
      throw new Error("'options.$top' must be a whole number from 1 to 1000.");
    }
    if (o.$skip !== undefined && (!Number.isInteger(o.$skip) || o.$skip < 0)) {
      throw new Error("'options.$skip' must be a whole number from 0.");
    }
    if (o.resultFormat !== undefined && o.resultFormat !== 'objectArray') {
      throw new Error(`resultFormat '${o.resultFormat}' is not emulated: use objectArray.`);
    }
    if (o.authorizationScopeFilter !== undefined && !SCOPE_FILTERS.includes(o.authorizationScopeFilter)) {
      throw new Error(`authorizationScopeFilter must be one of ${SCOPE_FILTERS.join(', ')}.`);
    }
  }
  if (body.facets !== undefined && body.facets.length > 0) throw new Error('facets are not emulated.');
  return body;
}

interface Scope {
  subscriptions: Set<string>;
  key: string;
}

function resolveScope(state: EmulatorState, body: QueryRequestBody): Scope | GraphResult {
  const subscriptions = body.subscriptions ?? [];
  const groups = body.managementGroups ?? [];
  if (subscriptions.length > 0 && groups.length > 0) {
    return { reply: badRequest('InvalidQueryScope', 'Specify subscriptions or managementGroups, not both.') };
  }
  if (subscriptions.length > MAX_SUBSCRIPTIONS) {
    return {
      reply: badRequest(
        'TooManySubscriptions',
        `At most ${MAX_SUBSCRIPTIONS} subscriptions per request; got ${subscriptions.length}.`,
      ),
    };
  }
  const bad = subscriptions.find((s) => !GUID.test(s));
  if (bad !== undefined)
    return { reply: badRequest('InvalidSubscriptionId', `'${bad}' is not a subscription id.`) };

  let visible: string[];
  if (groups.length > 0) {
    visible = [];
    for (const group of groups) {
      const members = state.managementGroups.get(group.toLowerCase());
      if (members === undefined) {
        return {
          reply: cloudError(
            403,
            'AuthorizationFailed',
            `The client does not have authorization to query management group '${group}', or it does not exist.`,
          ),
        };
      }
      visible.push(...members);
    }
  } else if (subscriptions.length > 0) {
    // Subscriptions the caller cannot see are dropped silently; only none visible is an error (ARGOV).
    visible = subscriptions.map((s) => s.toLowerCase()).filter((s) => state.hasSubscription(s));
    if (visible.length === 0) {
      return {
        reply: cloudError(
          403,
          'AuthorizationFailed',
          'The client does not have authorization to perform the query on any of the requested subscriptions.',
        ),
      };
    }
  } else {
    visible = state.subscriptions();
  }
  const key = JSON.stringify({
    s: [...subscriptions].map((s) => s.toLowerCase()).sort(),
    m: [...groups].map((g) => g.toLowerCase()).sort(),
  });
  return { subscriptions: new Set(visible), key };
}

/**
 * Role assignments follow `authorizationScopeFilter` (AZURE-FACTS.md §5.2): "below" is everything inside
 * the subscriptions, "exact" the subscription scope itself, "above" management-group and root scopes.
 */
function inScope(
  doc: ArmResource,
  table: TableName,
  subscriptions: Set<string>,
  filter: string,
  state: EmulatorState,
): boolean {
  const sub = /^\/subscriptions\/([^/]+)/i.exec(doc.id)?.[1]?.toLowerCase();
  if (table !== 'AuthorizationResources') return sub !== undefined && subscriptions.has(sub);
  const exact =
    sub !== undefined && subscriptions.has(sub) && /^\/subscriptions\/[^/]+\/providers\//i.test(doc.id);
  const below = sub !== undefined && subscriptions.has(sub);
  const above = sub === undefined && isAbove(doc.id, subscriptions, state);
  switch (filter) {
    case 'AtScopeExact':
      return exact;
    case 'AtScopeAndAbove':
      return exact || above;
    case 'AtScopeAboveAndBelow':
      return below || above;
    default:
      return below;
  }
}

function isAbove(id: string, subscriptions: Set<string>, state: EmulatorState): boolean {
  if (/^\/providers\/Microsoft\.Authorization\//i.test(id)) return true; // the tenant root scope "/"
  const group = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)\//i.exec(id)?.[1];
  if (group === undefined) return false;
  return (state.managementGroups.get(group.toLowerCase()) ?? []).some((s) => subscriptions.has(s));
}

function compareIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function encodeSkipToken(token: { q: string; o: number }): string {
  return Buffer.from(JSON.stringify(token)).toString('base64');
}

function decodeSkipToken(text: string): { q: string; o: number } | undefined {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as { q?: unknown; o?: unknown };
    if (
      typeof value.q === 'string' &&
      typeof value.o === 'number' &&
      Number.isInteger(value.o) &&
      value.o >= 0
    ) {
      return { q: value.q, o: value.o };
    }
  } catch {
    // fall through
  }
  return undefined;
}

/** ARG's 400 envelope: a generic message and the specific reason in `details`. */
function badRequest(code: string, message: string, details: { code: string; message: string }[] = []): Reply {
  return cloudError(
    400,
    'BadRequest',
    `Please provide below info when asking for support: timestamp = ${new Date().toISOString()}, correlationId = ${randomUUID()}.`,
    [{ code, message }, ...details],
  );
}
